import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ResultEntity } from '../results/result.entity';
import type { TrialJobResult } from '../job-host/worker-payload';

/**
 * Writes a trial's result under the unique (run, trial key) index, ignoring a duplicate: the
 * server and a remote worker both write it, a redelivered job writes it again, one row stays.
 */
export async function storeResult(db: DataSource, runId: string, trialKey: string, analysis: string, outcome: TrialJobResult): Promise<void> {
  await db
    .createQueryBuilder()
    .insert()
    .into(ResultEntity)
    .values({
      id: randomUUID(),
      runId,
      trialKey,
      metrics: outcome.metrics,
      series: outcome.series,
      details: outcome.details,
      provider: outcome.provider,
      pluginName: analysis,
      pluginVersion: outcome.pluginVersion,
      createdAt: new Date().toISOString(),
    })
    .orIgnore()
    .execute();
}

/** The stored result of a trial as a worker returns it, or undefined (a redelivered job answers from here). */
export async function storedOutcome(db: DataSource, runId: string, trialKey: string): Promise<TrialJobResult | undefined> {
  const r = await db.getRepository(ResultEntity).findOneBy({ runId, trialKey });
  if (!r) return undefined;
  return { metrics: r.metrics, series: r.series, details: r.details as Record<string, unknown> | null, pluginVersion: r.pluginVersion, provider: r.provider ?? 'unknown' };
}
