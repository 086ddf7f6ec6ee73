import { Presets, SingleBar } from 'cli-progress';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { epsLabel } from '../training/evaluate';
import { findRecipe, RECIPES } from '../training/recipes';
import { trainRecipe, type TrainOptions } from '../training/train-model';
import { saveToZoo } from '../zoo/save';
import { BUNDLED_ZOO_DIR } from '../zoo/zoo-plugin';

const USAGE = `usage: npm run zoo:train -- --recipe NAME [--recipe NAME ...] [options]
       npm run zoo:train -- --list
options: --out DIR (default: the bundled zoo)  --threads N (default 1)
         test-size runs: --train-size N --test-size N --eval-size N --epochs N --width N`;

function int(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive integer, got '${v}'`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      recipe: { type: 'string', multiple: true },
      list: { type: 'boolean' },
      out: { type: 'string' },
      threads: { type: 'string' },
      'train-size': { type: 'string' },
      'test-size': { type: 'string' },
      'eval-size': { type: 'string' },
      epochs: { type: 'string' },
      width: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.list) {
    for (const r of RECIPES) {
      const adv = r.adversarial ? `${r.adversarial.attack} ${r.adversarial.norm} eps ${epsLabel(r.adversarial.norm, r.adversarial.eps)}, ${r.adversarial.steps} step(s)` : 'natural';
      console.log(`${r.name.padEnd(12)} ${adv.padEnd(34)} ${r.epochs} epochs  ${r.description}`);
    }
    return;
  }
  if (values.help || !values.recipe?.length) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const recipes = values.recipe.map(findRecipe);
  const out = resolve(values.out ?? BUNDLED_ZOO_DIR);
  mkdirSync(out, { recursive: true });
  const width = int(values.width, 'width');
  for (const recipe of recipes) {
    // One bar per epoch (redrawn), one log line per epoch; a non-TTY (CI log) gets only the lines.
    const bar = new SingleBar({ format: `${recipe.name} epoch {epoch} [{bar}] {value}/{total} batches | loss {loss} | acc {acc}% | eta {eta}s`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    let epoch = 1;
    let evaluating = false;
    const options: TrainOptions = {
      threads: int(values.threads, 'threads') ?? 1,
      ...(values['train-size'] ? { trainSize: int(values['train-size'], 'train-size')! } : {}),
      ...(values['test-size'] ? { testSize: int(values['test-size'], 'test-size')! } : {}),
      ...(values['eval-size'] ? { evalSize: int(values['eval-size'], 'eval-size')! } : {}),
      ...(values.epochs ? { epochs: int(values.epochs, 'epochs')! } : {}),
      ...(width ? { architecture: { ...recipe.architecture, width } } : {}),
      log: (m) => console.log(`[${new Date().toISOString()}] ${recipe.name}: ${m}`),
      onStep: (done, total, s) => {
        if (done === 1) bar.start(total, 0, { epoch, loss: '-', acc: '-' });
        bar.update(done, { epoch, loss: s.loss.toFixed(3), acc: (100 * s.accuracy).toFixed(1) });
        if (done === total) {
          bar.stop();
          epoch++;
        }
      },
      onEvaluation: (done, total) => {
        if (!evaluating) bar.start(total, done, { epoch: 'eval', loss: '-', acc: '-' });
        evaluating = true;
        bar.update(done);
        if (done === total) bar.stop();
      },
    };
    const r = await trainRecipe(recipe, options);
    const entry = saveToZoo(out, r);
    const robust = Object.entries(r.evaluation.robust).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`).join(', ');
    console.log(`${recipe.name}: ${entry.file} (${entry.bytes} bytes, sha256 ${entry.sha256.slice(0, 12)}...), trained ${r.trainingSeconds.toFixed(0)} s, clean ${(100 * r.evaluation.cleanAccuracy).toFixed(1)}%, PGD-${recipe.evaluation.pgdSteps}: ${robust}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
