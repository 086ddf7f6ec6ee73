import { importModelMutation, type ImportModelInput } from '@transferlab/client';
import { CliError } from '../cli-error';
import { readUserFile, type CommandContext } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { println } from '../io';

export interface ImportModelOptions {
  readonly id: string;
  /** CxHxW, e.g. 3x224x224. */
  readonly input: string;
  readonly mean?: string;
  readonly std?: string;
  readonly kind: string;
  readonly norm?: string;
  readonly eps?: string;
  readonly dataset?: string;
  readonly notes?: string;
  readonly name?: string;
  readonly architecture?: string;
  readonly featureTensor?: string;
  readonly blocks?: string;
}

const invalid = (message: string): CliError => new CliError(EXIT.INVALID_INPUT, message);

/** `3x224x224` -> channels, height, width. */
export function parseInputShape(text: string): { channels: number; height: number; width: number } {
  const m = /^(\d+)x(\d+)x(\d+)$/.exec(text.trim());
  if (!m) throw invalid(`--input ${JSON.stringify(text)}: expected CHANNELSxHEIGHTxWIDTH, e.g. 3x224x224`);
  return { channels: Number(m[1]), height: Number(m[2]), width: Number(m[3]) };
}

/** `0.485,0.456,0.406` -> numbers, one per channel; a single value is repeated. */
export function parseChannelValues(flag: string, text: string | undefined, channels: number, fallback: number): number[] {
  if (text === undefined) return Array.from({ length: channels }, () => fallback);
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.some((v) => !Number.isFinite(v)) || text.trim() === '') throw invalid(`${flag} ${JSON.stringify(text)}: expected numbers separated by commas`);
  if (values.length === 1) return Array.from({ length: channels }, () => values[0]!);
  if (values.length !== channels) throw invalid(`${flag} has ${values.length} values; the input has ${channels} channels`);
  return values;
}

/** The importModel input from the options (the server validates the rest, naming the field). */
export function importInput(uploadId: string, o: ImportModelOptions): ImportModelInput {
  const shape = parseInputShape(o.input);
  const eps = o.eps === undefined ? undefined : Number(o.eps);
  if (eps !== undefined && !Number.isFinite(eps)) throw invalid(`--eps ${JSON.stringify(o.eps)}: expected a number in [0,1] pixel units`);
  return {
    uploadId,
    id: o.id,
    ...(o.name !== undefined ? { name: o.name } : {}),
    ...(o.architecture !== undefined ? { architecture: o.architecture } : {}),
    ...(o.featureTensor !== undefined ? { featureTensor: o.featureTensor } : {}),
    ...(o.blocks !== undefined ? { blocks: o.blocks.split(',').map((b) => b.trim()).filter((b) => b !== '') } : {}),
    input: { ...shape, mean: parseChannelValues('--mean', o.mean, shape.channels, 0), std: parseChannelValues('--std', o.std, shape.channels, 1) },
    training: {
      kind: o.kind,
      ...(o.norm !== undefined ? { norm: o.norm } : {}),
      ...(eps !== undefined ? { eps } : {}),
      ...(o.dataset !== undefined ? { dataset: o.dataset } : {}),
      ...(o.notes !== undefined ? { notes: o.notes } : {}),
    },
  };
}

/** Upload an .onnx classifier (POST /models/upload) and import it (importModel): validated, inspected, recorded. */
export async function importModelCommand(ctx: CommandContext, file: string, options: ImportModelOptions): Promise<ExitCode> {
  // Checked before the upload: a typo in an option should not cost a large transfer.
  importInput('00000000-0000-0000-0000-000000000000', options);
  const bytes = await readUserFile(file, 'model file');
  const client = ctx.client();
  const receipt = await client.uploadModel(bytes);
  const { importModel: model } = await client.request(importModelMutation, { input: importInput(receipt.uploadId, options) });
  println(
    ctx.io.stdout,
    `imported model ${model.id}: ${model.architecture}, ${model.numClasses} classes, input ${model.input.channels}x${model.input.height}x${model.input.width}, ${model.blocks.length} blocks, sha256 ${model.checksum}`,
  );
  return EXIT.OK;
}
