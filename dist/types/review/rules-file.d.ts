import { type RuleSpec, type UserRules } from './rule.ts';
/**
 * The rules of a rules file, checked, from its `text`; `file` names it in errors.
 * Rejects with an `InputError` of one line: `rules.yml:7: rules[1].severity: "critical" is not a severity: ...`.
 */
export declare function parseRulesFile(text: string, file: string): Promise<UserRules>;
/**
 * The problems of a rule as written in the built-in table, by the checks a user's rule
 * passes (a built-in rule may also carry a window): none for a good rule.
 */
export declare function builtInRuleProblems(rule: RuleSpec): string[];
