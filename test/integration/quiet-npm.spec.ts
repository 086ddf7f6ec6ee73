import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(__dirname, '../..');

/**
 * The environment of a user's shell: without the npm_* variables that `npm test` (and turbo under
 * it) pass down, so npm reads the project's own configuration (.npmrc, package.json) as a user's
 * npx would. The update check is off so that no network call or notice depends on the machine.
 */
function userShellEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, npm_config_update_notifier: 'false' };
}

function npx(args: readonly string[]): Promise<{ code: number; output: string; stdout: string }> {
  return new Promise((ok) => {
    execFile(
      'npx',
      [...args],
      { cwd: REPO_ROOT, env: userShellEnv(), timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        ok({ code, output: `${stdout}\n${stderr}`, stdout });
      },
    );
  });
}

describe('npx in the repository', () => {
  it('runs `npx transferlab --help` without an npm warning (no unknown project config)', async () => {
    const { code, output, stdout } = await npx(['transferlab', '--help']);
    expect(code, output).toBe(0);
    expect(stdout).toContain('Usage: transferlab');
    const warnings = output.split('\n').filter((line) => /^npm warn/i.test(line));
    expect(warnings).toEqual([]);
  });
});
