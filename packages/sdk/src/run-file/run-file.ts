import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../dataset';

/** The format name every run file carries. */
export const RUN_FILE_FORMAT = 'transferlab-run';
/** The version of the format this code writes and reads. */
export const RUN_FILE_VERSION = 1;
/** Most models a run file may list. */
export const MAX_RUN_FILE_MODELS = 1000;
/** Deepest nesting of objects and arrays a run file may have (params, configs, details included). */
export const MAX_RUN_FILE_DEPTH = 64;

const key = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits (a sha256)');
const text = (max: number) => z.string().max(max);
const json = z.record(z.string(), z.unknown());

const trialSchema = z.strictObject({
  key,
  ordinal: z.number().int().min(0),
  config: json,
  uses: json,
  checksums: z.record(z.string(), z.string().max(200)),
  status: z.enum(['DONE', 'FAILED', 'CANCELLED']),
  failureReason: text(20_000).nullable(),
});

const resultSchema = z.strictObject({
  trialKey: key,
  metrics: z.record(z.string(), z.number()),
  series: z.array(z.record(z.string(), z.number())).nullable(),
  details: json.nullable(),
  provider: text(32).nullable(),
  pluginName: text(128).min(1),
  pluginVersion: text(64).min(1),
  createdAt: text(32),
});

const modelSchema = z.strictObject({
  id: text(100).min(1),
  name: text(200),
  checksum: key,
  architecture: text(200),
  numClasses: z.number().int().min(1),
  training: json,
  metrics: z.record(z.string(), z.number()).nullable(),
});

const runFileSchema = z.strictObject({
  format: z.literal(RUN_FILE_FORMAT),
  formatVersion: z.literal(RUN_FILE_VERSION),
  exportedAt: text(32).min(1),
  server: z.strictObject({ version: text(64).min(1) }),
  run: z.strictObject({
    id: text(36).min(1),
    analysis: text(128).min(1),
    analysisVersion: text(64).min(1),
    params: json,
    status: z.enum(['COMPLETED', 'FAILED', 'CANCELLED']),
    createdAt: text(32).min(1),
    finishedAt: text(32).nullable(),
    error: text(20_000).nullable(),
  }),
  trials: z.array(trialSchema),
  results: z.array(resultSchema),
  models: z.array(modelSchema).max(MAX_RUN_FILE_MODELS),
  checksum: key,
});

/** A run with its provenance, as `transferlab export` writes it and `transferlab import` loads it. */
export type RunFile = z.infer<typeof runFileSchema>;
export type RunFileTrial = RunFile['trials'][number];
export type RunFileResult = RunFile['results'][number];
export type RunFileModel = RunFile['models'][number];
/** Everything of a run file but its checksum. */
export type RunFileBody = Omit<RunFile, 'checksum'>;

/** One thing wrong with a run file, with the field (a dotted path) it is about. */
export interface RunFileIssue {
  readonly field: string;
  readonly message: string;
}

/** Limits a reader puts on a run file. */
export interface RunFileLimits {
  readonly maxTrials: number;
}

/** sha256 hex over the canonical JSON (sorted keys, no spaces) of everything but the `checksum` field. */
export function runFileChecksum(file: RunFileBody | RunFile): string {
  const body: Record<string, unknown> = { ...file };
  delete body.checksum;
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

/** The body with its checksum added. */
export function sealRunFile(body: RunFileBody): RunFile {
  return { ...body, checksum: runFileChecksum(body) };
}

const path = (parts: readonly PropertyKey[]): string => parts.map(String).join('.') || '(file)';

/**
 * A parsed JSON value checked as a run file: the format name and version first (a file of
 * another version is refused before anything else), then the shape, the checksum, and the
 * consistency of trials and results. Every issue names its field.
 */
export function checkRunFile(value: unknown, limits: RunFileLimits): { file: RunFile; issues: [] } | { file?: undefined; issues: RunFileIssue[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { issues: [{ field: '(file)', message: 'must be a JSON object' }] };
  const v = value as Record<string, unknown>;
  if (v.format !== RUN_FILE_FORMAT)
    return { issues: [{ field: 'format', message: `must be '${RUN_FILE_FORMAT}' (got ${JSON.stringify(v.format ?? null).slice(0, 80)}); this is not a Transferlab run file` }] };
  if (v.formatVersion !== RUN_FILE_VERSION)
    return { issues: [{ field: 'formatVersion', message: `version ${JSON.stringify(v.formatVersion ?? null).slice(0, 40)} is not supported; this Transferlab reads version ${RUN_FILE_VERSION}` }] };
  if (Array.isArray(v.trials) && v.trials.length > limits.maxTrials)
    return { issues: [{ field: 'trials', message: `${v.trials.length} trials; a run may have at most ${limits.maxTrials}` }] };
  const deep = tooDeep(value, MAX_RUN_FILE_DEPTH);
  if (deep !== undefined) return { issues: [{ field: deep, message: `nested deeper than ${MAX_RUN_FILE_DEPTH} levels of objects and arrays` }] };
  const parsed = runFileSchema.safeParse(value);
  if (!parsed.success) return { issues: parsed.error.issues.slice(0, 10).map((i) => ({ field: path(i.path), message: i.message })) };
  const file = parsed.data;
  const actual = runFileChecksum(file);
  if (actual !== file.checksum)
    return { issues: [{ field: 'checksum', message: `the file says ${file.checksum} but its content hashes to ${actual}: it was changed after export` }] };
  const issues = consistencyIssues(file);
  return issues.length > 0 ? { issues } : { file, issues: [] };
}

/** The path of the first value nested deeper than `max` levels, found without recursion; undefined when none is. */
function tooDeep(value: unknown, max: number): string | undefined {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { v, depth, path: at } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return at || '(file)';
    for (const [k, child] of Object.entries(v)) stack.push({ v: child, depth: depth + 1, path: at === '' ? k : `${at}.${k}` });
  }
  return undefined;
}

/** Trial keys unique, results only of trials that completed, one result per trial, models unique. */
function consistencyIssues(file: RunFile): RunFileIssue[] {
  const issues: RunFileIssue[] = [];
  const trials = new Map<string, RunFileTrial>();
  file.trials.forEach((t, i) => {
    if (trials.has(t.key)) issues.push({ field: `trials.${i}.key`, message: `duplicate trial key ${t.key}` });
    trials.set(t.key, t);
  });
  const seen = new Set<string>();
  file.results.forEach((r, i) => {
    const trial = trials.get(r.trialKey);
    if (!trial) issues.push({ field: `results.${i}.trialKey`, message: `${r.trialKey} is not the key of any trial in the file` });
    else if (trial.status !== 'DONE') issues.push({ field: `results.${i}.trialKey`, message: `trial ${r.trialKey} is ${trial.status}, so it has no result` });
    if (seen.has(r.trialKey)) issues.push({ field: `results.${i}.trialKey`, message: `a second result for trial ${r.trialKey}` });
    seen.add(r.trialKey);
  });
  file.trials.forEach((t, i) => {
    if (t.status === 'DONE' && !seen.has(t.key)) issues.push({ field: `trials.${i}.status`, message: `trial ${t.key} is DONE but the file has no result for it` });
  });
  const models = new Set<string>();
  file.models.forEach((m, i) => {
    if (models.has(m.id)) issues.push({ field: `models.${i}.id`, message: `duplicate model ${m.id}` });
    models.add(m.id);
  });
  return issues.slice(0, 10);
}
