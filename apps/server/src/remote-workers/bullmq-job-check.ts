import { canonicalJson as canonical } from '@transferlab/sdk';
import { In, type DataSource } from 'typeorm';
import { ModelEntity } from '../models/model.entity';
import { RunEntity } from '../runs/run.entity';
import { UNFINISHED_RUN_STATUSES } from '../runs/run-status';
import { TrialEntity } from '../runs/trial.entity';
import type { QueuedTrials } from '../queue/bullmq-names';

/** The model facts a worker's engine acts on: a job's descriptor must state them as the record does. */
const MODEL_FACTS = [
  'checksum',
  'architecture',
  'numClasses',
  'input',
  'training',
  'featureTensor',
  'blocks',
] as const;

/** Most trials one job may name (the executor's groups hold far fewer). */
export const MAX_JOB_TRIALS = 256;

/** Whether a value from Redis is a list (without narrowing its declared type: it may be anything). */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/**
 * Why a worker must not run a job, or undefined when the database stands behind it. Redis is
 * not the record, and whoever can write to it can add jobs: a job runs only when its run is
 * one the server created and still runs, under the run's analysis, and each trial is one of
 * that run's trials with exactly the config, uses and checksums the server stored for it. Its
 * models must be the ones the trials were keyed with, described as the server records them.
 */
export async function jobRefusal(db: DataSource, data: QueuedTrials): Promise<string | undefined> {
  const { runId, trials } = data;
  if (typeof runId !== 'string' || runId.length > 64) return 'runId: not a run id';
  if (!isList(trials) || trials.length === 0 || trials.length > MAX_JOB_TRIALS)
    return `trials: expected 1 to ${MAX_JOB_TRIALS} trials`;
  const run = await db.getRepository(RunEntity).findOneBy({ id: runId });
  if (!run) return `runId: the server has no run ${runId}`;
  if (!UNFINISHED_RUN_STATUSES.includes(run.status)) return `runId: run ${runId} is ${run.status}`;
  if (data.analysis !== run.analysisName)
    return `analysis: run ${runId} is of analysis '${run.analysisName}', the job names '${String(data.analysis)}'`;
  const keys = trials.map((t) => t.trialKey);
  if (keys.some((k) => typeof k !== 'string' || k.length > 64)) return 'trialKey: not a trial key';
  const stored = new Map(
    (await db.getRepository(TrialEntity).findBy({ runId, trialKey: In(keys) })).map((t) => [t.trialKey, t]),
  );
  const keyed = new Map<string, string>();
  const used = new Set<string>();
  for (const t of trials) {
    const s = stored.get(t.trialKey);
    if (!s) return `trialKey: ${t.trialKey} is not a trial of run ${runId}`;
    for (const field of ['config', 'uses', 'checksums'] as const) {
      if (canonical(t[field]) !== canonical(s[field]))
        return `${field}: trial ${t.trialKey} of run ${runId} differs from the one the server stored`;
    }
    for (const [name, sum] of Object.entries(s.checksums)) keyed.set(name, sum);
    for (const id of s.uses.models ?? []) used.add(id);
  }
  if (!isList(data.models)) return 'models: expected a list';
  for (const m of data.models) {
    // Trials stored before checksums were recorded name their models only in `uses`.
    const sum = keyed.get(`model:${m.id}`);
    if (sum === undefined ? !used.has(m.id) : sum !== m.checksum)
      return `models: model '${String(m.id)}' is not one the trials were keyed with`;
  }
  const ids = data.models.map((m) => m.id);
  const records = new Map(
    (ids.length > 0 ? await db.getRepository(ModelEntity).findBy({ id: In(ids) }) : []).map((e) => [e.id, e]),
  );
  for (const m of data.models) {
    const record = records.get(m.id);
    if (!record) return `models: the server has no model '${m.id}'`;
    const differs = MODEL_FACTS.find((f) => canonical(m[f]) !== canonical(record[f]));
    if (differs !== undefined) return `models: model '${m.id}': ${differs} differs from the server's record`;
  }
  return undefined;
}
