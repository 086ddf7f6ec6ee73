import { BUNDLED_ZOO_DIR } from '@transferlab/plugins-models';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { epsLabel } from '../training/evaluate';
import { findRecipe, RECIPES, type Recipe } from '../training/recipes';
import { trainRecipe, type TrainOptions } from '../training/train-model';
import { saveToZoo } from '../save';
import { trainInParallel } from './parallel';
import { progressHooks } from './progress';

const USAGE = `usage: npm run zoo:train -- --recipe NAME [--recipe NAME ...] | --all [options]
       npm run zoo:train -- --list
options: --out DIR (default: the bundled zoo)  --threads N (per process, default 1)
         --provider cpu|cuda (default cpu; cuda needs npm run gpu:install)
         --jobs N (recipes trained at once, in child processes; default 1)
         --checkpoints DIR (a checkpoint per recipe after every epoch; an interrupted run
           resumes from it; default: <tmp>/transferlab-zoo-checkpoints)
         test-size runs: --train-size N --test-size N --eval-size N --epochs N --width N`;

/** Flags a parallel parent passes on to its children. */
const PASSED_FLAGS = ['threads', 'provider', 'train-size', 'test-size', 'eval-size', 'epochs', 'width', 'checkpoints'] as const;

function int(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive integer, got '${v}'`);
  return n;
}

function listRecipes(): void {
  for (const r of RECIPES) {
    const adv = r.adversarial ? `${r.adversarial.attack} ${r.adversarial.norm} eps ${epsLabel(r.adversarial.norm, r.adversarial.eps)}, ${r.adversarial.steps} step(s)` : 'natural';
    console.log(`${r.name.padEnd(12)} ${adv.padEnd(34)} ${r.epochs} epochs  ${r.description}`);
  }
}

async function trainOne(recipe: Recipe, values: Record<string, string | undefined>, out: string, entryFile: string | undefined): Promise<void> {
  const width = int(values.width, 'width');
  const checkpoints = resolve(values.checkpoints ?? join(tmpdir(), 'transferlab-zoo-checkpoints'));
  mkdirSync(checkpoints, { recursive: true });
  const checkpoint = join(checkpoints, `${recipe.name}.ckpt.onnx`);
  const provider = values.provider ?? 'cpu';
  if (provider !== 'cpu' && provider !== 'cuda') throw new Error(`--provider must be cpu or cuda, got '${provider}'`);
  const options: TrainOptions = {
    checkpoint,
    provider,
    threads: int(values.threads, 'threads') ?? 1,
    ...(values['train-size'] ? { trainSize: int(values['train-size'], 'train-size')! } : {}),
    ...(values['test-size'] ? { testSize: int(values['test-size'], 'test-size')! } : {}),
    ...(values['eval-size'] ? { evalSize: int(values['eval-size'], 'eval-size')! } : {}),
    ...(values.epochs ? { epochs: int(values.epochs, 'epochs')! } : {}),
    ...(width ? { architecture: { ...recipe.architecture, width } } : {}),
    log: (m) => console.log(`[${new Date().toISOString()}] ${recipe.name}: ${m}`),
    ...progressHooks(recipe.name, entryFile === undefined),
  };
  const r = await trainRecipe(recipe, options);
  const entry = saveToZoo(out, r, { manifest: entryFile === undefined });
  if (entryFile) writeFileSync(entryFile, JSON.stringify(entry));
  rmSync(checkpoint, { force: true });
  const robust = Object.entries(r.evaluation.robust).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`).join(', ');
  console.log(`${recipe.name}: ${entry.file} (${entry.bytes} bytes, sha256 ${entry.sha256.slice(0, 12)}...), trained ${r.trainingSeconds.toFixed(0)} s, clean ${(100 * r.evaluation.cleanAccuracy).toFixed(1)}%, PGD-${recipe.evaluation.pgdSteps}: ${robust}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      recipe: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      list: { type: 'boolean' },
      out: { type: 'string' },
      jobs: { type: 'string' },
      'entry-file': { type: 'string' },
      help: { type: 'boolean' },
      ...Object.fromEntries(PASSED_FLAGS.map((f) => [f, { type: 'string' as const }])),
    },
  });
  if (values.list) return listRecipes();
  const recipes = values.all ? [...RECIPES] : (values.recipe ?? []).map(findRecipe);
  if (values.help || recipes.length === 0) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const out = resolve(values.out ?? BUNDLED_ZOO_DIR);
  mkdirSync(out, { recursive: true });
  const sizes = values as Record<string, string | undefined>;
  const jobs = int(values.jobs, 'jobs') ?? 1;
  if (jobs > 1 && recipes.length > 1) {
    const passthrough = PASSED_FLAGS.flatMap((f) => (sizes[f] !== undefined ? [`--${f}`, sizes[f]] : []));
    const failed = await trainInParallel(__filename, recipes, jobs, out, passthrough);
    if (failed.length > 0) throw new Error(`training failed for: ${failed.join(', ')}`);
    return;
  }
  for (const recipe of recipes) await trainOne(recipe, sizes, out, values['entry-file']);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
