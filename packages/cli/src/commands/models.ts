import { modelsQuery } from '@transferlab/client';
import type { CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';
import { formatTable, percent } from '../output/table';

/** The source models trials can use: uploaded, configured and bundled (the zoo). */
export async function modelsCommand(ctx: CommandContext, options: { readonly json?: boolean }): Promise<ExitCode> {
  const { models } = await ctx.client().request(modelsQuery, { take: 100, skip: 0 });
  if (options.json === true) {
    println(ctx.io.stdout, JSON.stringify(models, null, 2));
    return EXIT.OK;
  }
  const rows = models.map((m) => [
    m.id,
    m.origin,
    m.training.kind,
    m.training.norm !== null ? `${m.training.norm} ${m.training.epsLabel ?? ''}`.trim() : '-',
    `${m.input.channels}x${m.input.height}x${m.input.width}`,
    m.numClasses,
    percent(m.cleanAccuracy),
  ]);
  println(ctx.io.stdout, formatTable(['id', 'origin', 'training', 'budget', 'input', 'classes', 'clean acc'], rows));
  return EXIT.OK;
}
