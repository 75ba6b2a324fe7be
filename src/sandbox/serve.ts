/**
 * Runs the sandbox account on its own until Ctrl+C:
 *
 *   npm run sandbox -- --port 8080 --records 50000 --latency 20
 */
import process from 'node:process';
import { parseArgs } from 'node:util';
import { createSandbox } from './server.ts';
import { DEMO_CREDENTIALS, DEMO_OAUTH_CLIENT, type SandboxOptions } from './options.ts';

const USAGE = `Usage: npm run sandbox -- [options]

Serves a fake Zendesk account (audit logs and users) with generated data, for the
scripts, the Action and benchmarks. Prints where it listens and how to point the
scripts at it; runs until Ctrl+C.

Credentials it accepts: the OAuth client ${DEMO_OAUTH_CLIENT.identifier} (secret
${DEMO_OAUTH_CLIENT.secret}) at POST /oauth/tokens, the tokens it mints, the OAuth
token ${DEMO_CREDENTIALS.oauthToken}, and the API token ${DEMO_CREDENTIALS.apiToken}
of ${DEMO_CREDENTIALS.email}.

Options:
  --port N          port to listen on (default 8080; 0 picks a free one)
  --host HOST       address to listen on (default 127.0.0.1)
  --records N       generated audit-log records (default 400)
  --days N          spread over the last N days (default 90)
  --seed N          seed of the generated data (default 1)
  --latency MS      delay before every response (default 0)
  --rate-limit N    requests per rolling minute, 0 for none (default 700)
  --plan PLAN       enterprise (default) or professional (403 on audit logs)
  --chaos RATE      share of requests, 0..1, that get a random fault (default 0)
  --token-lifetime S  seconds a minted access token lives, whatever the client
                    asks for (default: what it asks for, else 1800)
  --episodes        add the demo's scripted episodes after the generated records:
                    two-factor turned off and on again, the password policy lowered
                    twice, repeated and reverted changes (as --demo has them)
  --help            show this help

Examples:
  npm run sandbox -- --port 8080 --records 50000 --latency 20
  npm run sandbox -- --rate-limit 60 --chaos 0.05
  npm run sandbox -- --records 20000 --token-lifetime 3
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        records: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        latency: { type: 'string' },
        'rate-limit': { type: 'string' },
        plan: { type: 'string' },
        chaos: { type: 'string' },
        'token-lifetime': { type: 'string' },
        episodes: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError(error);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  let sandbox;
  let port: number;
  let options: SandboxOptions;
  try {
    port = number('--port', values.port) ?? 8080;
    const seed = number('--seed', values.seed) ?? 1;
    const chaos = number('--chaos', values.chaos);
    if (values.plan !== undefined && values.plan !== 'enterprise' && values.plan !== 'professional') {
      throw new RangeError(`--plan must be enterprise or professional, not ${values.plan}`);
    }
    options = {
      seed,
      records: number('--records', values.records),
      days: number('--days', values.days),
      latencyMs: number('--latency', values.latency),
      rateLimit: number('--rate-limit', values['rate-limit']),
      plan: values.plan,
      chaos: chaos ? { seed, rate: chaos } : undefined,
      tokenLifetimeSeconds: number('--token-lifetime', values['token-lifetime']),
      episodes: values.episodes,
    };
    sandbox = createSandbox(options);
  } catch (error) {
    return usageError(error);
  }

  let url: string;
  try {
    url = await sandbox.start(port, values.host);
  } catch (error) {
    process.stderr.write(`Could not listen on ${values.host}:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  const limit = options.rateLimit ?? 700;
  process.stderr.write(
    `Zendesk sandbox listening on ${url}: ${(options.records ?? 400).toLocaleString('en-US')} audit-log records over ` +
      `${options.days ?? 90} days, seed ${options.seed}, ${limit ? `${limit} requests per minute` : 'no rate limit'}` +
      `${options.chaos ? `, faults on ${options.chaos.rate * 100}% of requests` : ''}\n\n` +
      `${options.tokenLifetimeSeconds ? `Minted access tokens expire after ${options.tokenLifetimeSeconds} s.\n` : ''}\n` +
      'Point the scripts at it with its OAuth client (client credentials, as for a real account):\n' +
      `  export ZENDESK_BASE_URL=${url}\n` +
      `  export ZENDESK_CLIENT_ID=${DEMO_OAUTH_CLIENT.identifier}\n` +
      `  export ZENDESK_CLIENT_SECRET=${DEMO_OAUTH_CLIENT.secret}\n` +
      'or with a fixed OAuth token:\n' +
      `  export ZENDESK_OAUTH_TOKEN=${DEMO_CREDENTIALS.oauthToken}\n` +
      'or with API-token auth (switched off by Zendesk on 2027-04-30):\n' +
      `  export ZENDESK_USER_EMAIL=${DEMO_CREDENTIALS.email}\n` +
      `  export ZENDESK_API_TOKEN=${DEMO_CREDENTIALS.apiToken}\n\n` +
      'Press Ctrl+C to stop.\n',
  );

  const running = sandbox;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  const { requests, byStatus } = running.stats;
  const statuses = Object.entries(byStatus)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const { minted } = running.tokens;
  process.stderr.write(
    `\nStopped after ${requests} request${requests === 1 ? '' : 's'}${statuses ? ` (${statuses})` : ''}` +
      `${minted ? `, ${minted} access token${minted === 1 ? '' : 's'} minted` : ''}.\n`,
  );
  return 0;
}

function usageError(error: unknown): number {
  process.stderr.write(`${(error as Error).message}\nRun 'npm run sandbox -- --help' for the options.\n`);
  return 2;
}

/** A flag's number, `undefined` when the flag is absent; throws naming the flag otherwise. */
function number(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new RangeError(`${flag} needs a number, not ${JSON.stringify(text)}`);
  return value;
}

process.exitCode = await main();
