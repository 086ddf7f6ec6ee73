import type { RunObject } from './dto/run.object';
import type { RunEntity } from './run.entity';

/** The GraphQL view of a stored run, with its progress. */
export function toRunObject(run: RunEntity): RunObject {
  const finished = run.completedCount + run.failedCount;
  return {
    id: run.id,
    analysis: run.analysisName,
    analysisVersion: run.analysisVersion,
    params: run.params,
    status: run.status,
    trialCount: run.trialCount,
    completedCount: run.completedCount,
    failedCount: run.failedCount,
    progress: run.trialCount === 0 ? 1 : finished / run.trialCount,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    error: run.error,
  };
}
