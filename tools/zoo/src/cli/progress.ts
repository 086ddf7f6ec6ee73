import { Presets, SingleBar } from 'cli-progress';
import type { TrainOptions } from '../training/train-model';

/**
 * A progress bar per epoch (redrawn in place) and one for the evaluation, on a TTY; the log
 * lines per epoch are printed either way, so CI logs and parallel children stay readable.
 */
export function progressHooks(recipe: string, bars: boolean): Pick<TrainOptions, 'onStep' | 'onEvaluation'> {
  if (!bars || !process.stdout.isTTY) return {};
  const bar = new SingleBar({ format: `${recipe} {stage} [{bar}] {value}/{total} | loss {loss} | acc {acc}% | eta {eta}s`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let epoch = 1;
  let evaluating = false;
  return {
    onStep: (done, total, s) => {
      if (done === 1) bar.start(total, 0, { stage: `epoch ${epoch}`, loss: '-', acc: '-' });
      bar.update(done, { loss: s.loss.toFixed(3), acc: (100 * s.accuracy).toFixed(1) });
      if (done === total) {
        bar.stop();
        epoch++;
      }
    },
    onEvaluation: (done, total) => {
      if (!evaluating) bar.start(total, 0, { stage: 'PGD evaluation', loss: '-', acc: '-' });
      evaluating = true;
      bar.update(done);
      if (done === total) bar.stop();
    },
  };
}
