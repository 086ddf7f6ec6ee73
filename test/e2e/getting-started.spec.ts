import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { TransferPage } from './pages/transfer.page';
import { RunPage } from './pages/run.page';
import { serverUrl } from './support/cli';
import { REPO_ROOT } from './support/platform';
import { platformDataDir } from './support/platform-urls';

/**
 * docs/getting-started.md, followed as a user would: every fenced block in order, in one working
 * folder laid out like the repository's after `npm start` (`node_modules/` for `npx transferlab`,
 * `.transferlab/` the server's data directory), with the doc's default addresses replaced by the
 * test platform's. `sh` blocks run in bash (exported variables carry to later blocks, as in one
 * terminal), `python file=NAME` and `yaml file=NAME` blocks are saved under NAME, `text` blocks
 * only show a layout.
 */
const GUIDE = join(REPO_ROOT, 'docs', 'getting-started.md');
const DOC = readFileSync(GUIDE, 'utf8');

/** The addresses the doc uses: `npm start`'s defaults. */
const DOC_SERVER = 'http://127.0.0.1:4000';
const DOC_DASHBOARD = 'http://127.0.0.1:3000';

interface Block {
  readonly index: number;
  readonly language: string;
  readonly file?: string;
  readonly code: string;
}

const BLOCKS: readonly Block[] = [...DOC.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m, i) => {
  const file = /(?:^|\s)file=(\S+)/.exec(m[2]!)?.[1];
  return { index: i + 1, language: m[1]!, code: m[3]!, ...(file !== undefined ? { file } : {}) };
});

/** What the doc's model export script writes, and the model id the doc imports it as. */
const EXPORT_SCRIPT = 'export_model.py';
const MODEL_ID = 'my-resnet18';
/** The sweep's shape: 3 sources x n {30, 120} x seeds {0, 1, 2} at depth 0. */
const SOURCES = [MODEL_ID, 'fashion-mnist-a-resnet8-w16-natural', 'fashion-mnist-a-resnet8-w16-l2-0.5'];
const TRIALS = 18;

/**
 * Without PyTorch (`.ci/run` installs no torch: 163 Debian packages, 137 MB), the export step is
 * replaced by a real torch.onnx.export of a torchvision ResNet that the engine's tests commit
 * (opset 17, 3x32x32, 10 classes, dynamic batch), and the check for Python's packages leaves torch
 * out; with torch, the doc's commands run as they are.
 */
const STAND_IN = join(REPO_ROOT, 'packages', 'engine', 'test', 'fixtures', 'torchvision', 'resnet-op17.onnx');
const WITHOUT_TORCH: readonly (readonly [string, string])[] = [
  ['python3 -c "import torch, torchvision, PIL, pandas"', 'python3 -c "import PIL, pandas"'],
  [`python3 ${EXPORT_SCRIPT}`, `cp ${JSON.stringify(STAND_IN)} my-resnet18.onnx`],
];

/**
 * What each block must print, found by its code (`torchOutput` only where the doc's export script
 * ran); every other block need only succeed.
 */
const CHECKS: readonly { readonly block: RegExp; readonly output: readonly RegExp[]; readonly torchOutput?: readonly RegExp[] }[] = [
  { block: /^npx transferlab config$/m, output: [/127\.0\.0\.1/, /TRANSFERLAB_TOKEN/] },
  {
    block: /import-model my-resnet18\.onnx/,
    output: [new RegExp(`^imported model ${MODEL_ID}: onnx, 10 classes, input 3x32x32, \\d+ blocks, sha256 [0-9a-f]{64}$`, 'm')],
    torchOutput: [/^wrote my-resnet18\.onnx$/m, new RegExp(`^imported model ${MODEL_ID}: .*, 8 blocks,`, 'm')],
  },
  { block: /^npx transferlab models$/m, output: [new RegExp(`\\b${MODEL_ID}\\b`)] },
  { block: /^python3 make_shapes\.py$/m, output: [/wrote 150 images under \.transferlab\/datasets\/shapes/] },
  {
    block: /npx transferlab watch/,
    output: [
      new RegExp(`started run \\S+: transfer \\S+, ${TRIALS} trials`),
      new RegExp(`^run \\S+: transfer \\S+, completed, ${TRIALS}/${TRIALS} trials done, 0 failed in \\S+$`, 'm'),
      ...SOURCES.map((s) => new RegExp(`^shapes\\s+0\\s+.*\\b${s.replaceAll('.', '\\.')}\\b`, 'm')),
    ],
  },
  { block: /results "\$RUN" --table accuracy/, output: [/^leaderboard \(other tables: /m, new RegExp(`\\b${MODEL_ID}\\b`)] },
  { block: /^python3 load_results\.py$/m, output: [/accuracy\.mean/, /metric\.testAccuracy|mean\s+count/, ...SOURCES.map((s) => new RegExp(s.replaceAll('.', '\\.')))] },
];

interface Outcome {
  readonly code: number;
  readonly output: string;
}

function exec(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Outcome> {
  return new Promise((ok) => {
    execFile(file, args, { cwd, env, timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      ok({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, output: `${stdout}${stderr}` });
    });
  });
}

function imports(python: string, modules: string): boolean {
  try {
    execFileSync(python, ['-c', `import ${modules}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The python3 the doc's commands get: the first (PATH's, then Debian's, which `.ci/run` equips)
 * with Pillow and pandas, one with torch and torchvision preferred; or why there is none.
 */
function choosePython(): { python: string; torch: boolean } | { missing: string } {
  const usable = ['python3', '/usr/bin/python3'].filter((p) => imports(p, 'PIL, pandas'));
  if (usable.length === 0) return { missing: 'no python3 with Pillow and pandas (apt-get install python3-pil python3-pandas)' };
  const withTorch = usable.find((p) => imports(p, 'torch, torchvision'));
  const python = withTorch ?? usable[0]!;
  return { python: execFileSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim(), torch: withTorch !== undefined };
}

/** The working folders made, removed after the tests (their links, not what they point to). */
const FOLDERS: string[] = [];

/** A working folder laid out like the repository's after `npm start`, with `python3` on PATH being `python`. */
function workingFolder(python: string): { dir: string; bin: string; home: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-getting-started-'));
  FOLDERS.push(dir);
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(platformDataDir(), join(dir, '.transferlab'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'python3'), `#!/bin/sh\nexec ${JSON.stringify(python)} "$@"\n`, { mode: 0o755 });
  const home = join(dir, '.home');
  mkdirSync(home);
  return { dir, bin, home };
}

/** `KEY=value\0` pairs, as `env -0` writes them. */
function parseEnv(text: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const pair of text.split('\0')) {
    const eq = pair.indexOf('=');
    if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

test.describe('docs/getting-started.md, followed against the platform', () => {
  test.afterAll(() => {
    for (const dir of FOLDERS.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  test('every block is one the test runs, and every check finds its block', () => {
    for (const b of BLOCKS) {
      expect(['sh', 'python', 'yaml', 'text'], `block ${b.index}`).toContain(b.language);
      if (b.language === 'python' || b.language === 'yaml') expect(b.file, `block ${b.index} (${b.language}) names its file=`).toBeDefined();
    }
    for (const check of CHECKS) expect(BLOCKS.filter((b) => check.block.test(b.code)), String(check.block)).toHaveLength(1);
    expect(existsSync(STAND_IN), `${STAND_IN} (the export step's stand-in without torch)`).toBe(true);
    for (const [command] of WITHOUT_TORCH) expect(BLOCKS.filter((b) => b.language === 'sh' && b.code.includes(command)), command).toHaveLength(1);
    expect(BLOCKS.find((b) => b.file === EXPORT_SCRIPT)?.code).toContain('"my-resnet18.onnx"');
  });

  test('every command runs and does what the doc says', async ({ platform, page }) => {
    test.setTimeout(300_000);
    const chosen = choosePython();
    if ('missing' in chosen) console.log(`skipping the tutorial: ${chosen.missing}`);
    test.skip('missing' in chosen, 'missing' in chosen ? chosen.missing : '');
    if ('missing' in chosen) return;

    const server = serverUrl(platform.graphqlUrl);
    const dashboard = new URL('/', platform.dashboardUrl).toString().replace(/\/$/, '');
    const local = (text: string): string => text.replaceAll(DOC_SERVER, server).replaceAll(DOC_DASHBOARD, dashboard);
    const { dir, bin, home } = workingFolder(chosen.python);
    if (!chosen.torch) {
      console.log(`no python3 with torch and torchvision: ${EXPORT_SCRIPT} is not run; ${STAND_IN} stands in for what it writes`);
      test.info().annotations.push({ type: 'stand-in', description: `no torch: ${EXPORT_SCRIPT} replaced by the engine's committed torch export` });
    }

    let env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRANSFERLAB_'))),
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      // `npx transferlab` must find the workspace's command, never download one.
      npm_config_offline: 'true',
    };
    const printed: string[] = [];
    const state = join(dir, '.env-after-block');

    for (const block of BLOCKS) {
      const code = local(block.code);
      const check = CHECKS.find((c) => c.block.test(block.code));
      await test.step(`block ${block.index} (${block.language}${block.file ? ` ${block.file}` : ''})`, async () => {
        if (block.language === 'text') return;
        if (block.file !== undefined) {
          writeFileSync(join(dir, block.file), code);
          return;
        }
        const script = chosen.torch ? code : WITHOUT_TORCH.reduce((text, [command, instead]) => text.replace(command, instead), code);
        const outcome = await exec('bash', ['-euo', 'pipefail', '-c', `${script}\nenv -0 > ${JSON.stringify(state)}`], dir, env, 240_000);
        const shown = `block ${block.index}:\n${code}\n--- output ---\n${outcome.output}`;
        await test.info().attach(`block-${block.index}.txt`, { body: shown, contentType: 'text/plain' });
        expect(outcome.code, shown).toBe(0);
        env = parseEnv(readFileSync(state, 'utf8'));
        printed.push(outcome.output);
        for (const pattern of [...(check?.output ?? []), ...(chosen.torch ? (check?.torchOutput ?? []) : [])])
          expect(outcome.output, shown).toMatch(pattern);
      });
    }

    const run = env.RUN;
    expect(run, 'the doc keeps the run id in RUN').toMatch(/^\S+$/);

    // The dashboard pages the doc links or prints, opened as a user would.
    const pages = new Set<string>();
    for (const text of [local(DOC), ...printed]) {
      for (const m of text.matchAll(new RegExp(`${dashboard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s)\`"\\]]*`, 'g'))) {
        if (!m[0].includes('$')) pages.add(m[0]);
      }
    }
    const transferPage = new TransferPage(page);
    const runPage = new RunPage(page);
    const visited: string[] = [];
    for (const url of pages) {
      await test.step(`open ${url.slice(dashboard.length)}`, async () => {
        const path = url.slice(dashboard.length);
        const response = await page.goto(url);
        expect(response?.status(), url).toBeLessThan(400);
        visited.push(path);
        if (path === `/analyses/transfer?run=${run}`) {
          await expect(transferPage.leaderboard).toBeVisible();
          for (const source of SOURCES) await expect(transferPage.row(source).first()).toBeVisible();
        } else if (path === `/runs/${run}`) {
          await expect(runPage.count('completed')).toHaveText(String(TRIALS));
        } else if (path === '/analyses') {
          for (const analysis of ['transfer', 'robustness', 'saliency', 'influence'])
            await expect(page.getByTestId('analyses-list').locator(`a[href="/analyses/${analysis}"]`)).toBeVisible();
        } else {
          throw new Error(`the doc links ${url}, which this test does not check`);
        }
        await expect(page.getByTestId('state-error')).toHaveCount(0);
      });
    }
    expect(visited.sort()).toEqual(['/analyses', `/analyses/transfer?run=${run}`, `/runs/${run}`].sort());
  });
});
