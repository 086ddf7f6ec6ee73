import { postFile } from '../auth/post-file';
import type { ImportModelInput } from '../gql/graphql';

/** torchvision's ImageNet normalisation, what most exported classifiers expect. */
export const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
export const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

/** A model id as the server takes it. */
export const MODEL_ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** The import form's fields, as typed (text until submitted). */
export interface ImportForm {
  readonly id: string;
  readonly name: string;
  readonly architecture: string;
  readonly channels: '1' | '3';
  readonly height: string;
  readonly width: string;
  readonly mean: string;
  readonly std: string;
  readonly kind: 'natural' | 'adversarial';
  readonly norm: 'L2' | 'Linf';
  readonly eps: string;
  readonly dataset: string;
  readonly notes: string;
  readonly featureTensor: string;
  /** One tensor name per line. */
  readonly blocks: string;
}

export const IMAGENET_INPUT_FIELDS: Pick<ImportForm, 'channels' | 'height' | 'width' | 'mean' | 'std'> = {
  channels: '3',
  height: '224',
  width: '224',
  mean: IMAGENET_MEAN.join(', '),
  std: IMAGENET_STD.join(', '),
};

export const DEFAULT_IMPORT_FORM: ImportForm = {
  id: '',
  name: '',
  architecture: '',
  ...IMAGENET_INPUT_FIELDS,
  kind: 'natural',
  norm: 'L2',
  eps: '',
  dataset: 'imagenet',
  notes: '',
  featureTensor: '',
  blocks: '',
};

/** `0.485, 0.456 0.406` -> numbers; undefined when a part is not a finite number. */
export function parseNumbers(text: string): number[] | undefined {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '');
  const values = parts.map(Number);
  return values.every((v) => Number.isFinite(v)) ? values : undefined;
}

/** An eps as typed: a number, or a fraction such as `4/255`. */
export function parseEps(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?(?:e-?\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?)\s*)?$/.exec(text);
  if (!m) return undefined;
  const value = m[2] === undefined ? Number(m[1]) : Number(m[1]) / Number(m[2]);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The importModel input from the form, or what to fix first. The server checks everything
 * again (and the model itself); these checks only save a round trip with the file.
 */
export function importInput(
  form: ImportForm,
  uploadId: string,
): { input: ImportModelInput } | { problems: string[] } {
  const problems: string[] = [];
  const id = form.id.trim();
  if (!MODEL_ID.test(id))
    problems.push(
      "id: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (at most 100)",
    );
  const channels = Number(form.channels) as 1 | 3;
  const height = Number(form.height);
  const width = Number(form.width);
  if (!Number.isInteger(height) || height < 1 || height > 4096)
    problems.push('height: a whole number from 1 to 4096');
  if (!Number.isInteger(width) || width < 1 || width > 4096)
    problems.push('width: a whole number from 1 to 4096');
  const mean = parseNumbers(form.mean);
  const std = parseNumbers(form.std);
  if (!mean || mean.length !== channels)
    problems.push(`mean: ${channels} number${channels === 1 ? '' : 's'}, one per channel`);
  if (!std || std.length !== channels || std.some((s) => s <= 0))
    problems.push(`std: ${channels} positive number${channels === 1 ? '' : 's'}, one per channel`);
  const adversarial = form.kind === 'adversarial';
  const eps = adversarial ? parseEps(form.eps) : undefined;
  if (adversarial && eps === undefined) problems.push('eps: the training budget, e.g. 3 or 4/255');
  const blocks = form.blocks
    .split('\n')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (problems.length > 0) return { problems };
  const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
  return {
    input: {
      uploadId,
      id,
      name: optional(form.name),
      architecture: optional(form.architecture),
      input: { channels, height, width, mean: mean!, std: std! },
      featureTensor: optional(form.featureTensor),
      blocks: blocks.length > 0 ? blocks : undefined,
      training: {
        kind: form.kind,
        norm: adversarial ? form.norm : undefined,
        eps,
        dataset: optional(form.dataset),
        notes: optional(form.notes),
      },
    },
  };
}

/** What the dashboard's upload route answers. */
export interface UploadReceipt {
  readonly uploadId: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** Sends the file to the dashboard's upload route (streamed by the browser); throws with the server's message. */
export async function uploadModelFile(file: Blob, fetchImpl: typeof fetch = fetch): Promise<UploadReceipt> {
  const body = await postFile(
    '/catalog/models/upload',
    file,
    { action: 'upload', login: 'log in to the dashboard to upload models' },
    (b) => typeof b.uploadId === 'string',
    fetchImpl,
  );
  return body as unknown as UploadReceipt;
}
