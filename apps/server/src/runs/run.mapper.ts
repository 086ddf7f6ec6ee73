import type { RunLiveProgress } from './trial-progress';
import type { RunObject } from './dto/run.object';
import type { RunEntity } from './run.entity';

const NOTHING_RUNNING: RunLiveProgress = { running: 0, fractionSum: 0 };

/** The GraphQL view of a stored run; `live` adds the trials running now and their reported fractions. */
export function toRunObject(run: RunEntity, live: RunLiveProgress = NOTHING_RUNNING): RunObject {
  const finished = run.completedCount + run.failedCount;
  // Capped: a fraction reported just before a trial ended may be read with its result counted.
  const progress = run.trialCount === 0 ? 1 : Math.min(1, (finished + live.fractionSum) / run.trialCount);
  return {
    id: run.id,
    analysis: run.analysisName,
    analysisVersion: run.analysisVersion,
    params: run.params,
    status: run.status,
    trialCount: run.trialCount,
    completedCount: run.completedCount,
    failedCount: run.failedCount,
    runningCount: live.running,
    progress,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    error: run.error,
    imported: run.provenance
      ? {
          sourceChecksum: run.provenance.sourceChecksum,
          sourceRunId: run.provenance.sourceRunId,
          exportedAt: run.provenance.exportedAt,
          serverVersion: run.provenance.serverVersion,
          importedAt: run.provenance.importedAt,
        }
      : null,
  };
}
