import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { serverUrl } from './support/cli';
import { REPO_ROOT } from './support/platform';

/** The runnable examples of docs/graphql-api.md: fenced blocks whose info string is `<language> example`. */
const GUIDE = join(REPO_ROOT, 'docs', 'graphql-api.md');
const EXAMPLES = [...readFileSync(GUIDE, 'utf8').matchAll(/^```(sh|python|ts) example\n([\s\S]*?)^```$/gm)].map((m, i) => ({
  index: i + 1,
  language: m[1] as 'sh' | 'python' | 'ts',
  code: m[2]!,
}));

/** Where the TypeScript example is written: inside the repository, so `@transferlab/client` resolves as in a user's project. */
const SCRATCH = join(REPO_ROOT, 'test', 'test-results', 'graphql-guide');

interface Outcome {
  readonly code: number;
  readonly output: string;
}

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Outcome> {
  return new Promise((ok) => {
    execFile(file, args, { cwd: REPO_ROOT, env, timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      ok({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, output: `${stdout}${stderr}` });
    });
  });
}

/**
 * A python3 with requests and pandas (the first on PATH, else Debian's, which `.ci/run` equips),
 * or why there is none.
 */
function pythonWithPandas(): { python: string } | { missing: string } {
  const reasons: string[] = [];
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import requests, pandas'], { stdio: 'pipe' });
      return { python };
    } catch (e) {
      const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim().split('\n').pop();
      reasons.push(`${python}: ${stderr ?? (e as Error).message}`);
    }
  }
  return { missing: `no python3 with requests and pandas (${reasons.join('; ')})` };
}

test.describe('docs/graphql-api.md examples, against the platform', () => {
  test('the guide has curl, Python and TypeScript examples', () => {
    expect(new Set(EXAMPLES.map((e) => e.language))).toEqual(new Set(['sh', 'python', 'ts']));
  });

  for (const example of EXAMPLES) {
    test(`example ${example.index} (${example.language}) runs`, async ({ platform }) => {
      test.setTimeout(180_000);
      const env = {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRANSFERLAB_'))),
        TRANSFERLAB_URL: serverUrl(platform.graphqlUrl),
        TRANSFERLAB_TOKEN: platform.apiToken,
      };
      let outcome: Outcome;
      if (example.language === 'sh') {
        outcome = await run('bash', ['-euo', 'pipefail', '-c', example.code], env, 150_000);
        // GraphQL refusals come with HTTP 200, which curl -f lets through.
        expect(outcome.output).not.toContain('"errors"');
      } else if (example.language === 'python') {
        const python = pythonWithPandas();
        if ('missing' in python) console.log(`skipping the Python example: ${python.missing}`);
        test.skip('missing' in python, 'missing' in python ? python.missing : '');
        outcome = await run('python' in python ? python.python : 'python3', ['-c', example.code], env, 150_000);
        expect(outcome.output).toMatch(/metrics\.testAccuracy|testAccuracy/);
      } else {
        mkdirSync(SCRATCH, { recursive: true });
        const file = join(SCRATCH, `example-${example.index}.ts`);
        writeFileSync(file, example.code);
        // Typed against the client as a user's strict project would be, then run.
        const tsc = await run(
          process.execPath,
          [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--target', 'es2022', '--module', 'node16', '--moduleResolution', 'node16', '--types', 'node', '--skipLibCheck', file],
          env,
          120_000,
        );
        expect(tsc.code, tsc.output).toBe(0);
        outcome = await run(process.execPath, ['--import', 'tsx', file], env, 150_000);
        expect(outcome.output).toMatch(/COMPLETED: \d+\/\d+ trials/);
      }
      expect(outcome.code, outcome.output).toBe(0);
    });
  }
});
