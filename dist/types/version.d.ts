/** The release, kept equal to package.json's by test/cli/help.test.ts. */
export declare const VERSION = "0.2.0";
