export { TransferlabClient, type TransferlabClientOptions, type UploadReceipt } from './client';
export { TransferlabError, type TransferlabErrorCode, type GraphQLErrorBody } from './errors';
export { serverBaseUrl } from './server-url';
export { FINISHED_STATUSES, isFinished, pollRun, subscribeRun, watchRun, type WatchRunOptions } from './watch-run';
export * from './operations/runs';
export * from './operations/results';
export * from './operations/models';
export * from './operations/system';
export type {
  ImportModelInput,
  ImportModelMutation,
  ModelSummaryFragment,
  ModelsQuery,
  RunProgressSubscription,
  RunQuery,
  RunResultsQuery,
  RunRowsQuery,
  RunStatus,
  RunSummaryFragment,
  RunsQuery,
  StartRunInput,
  StartRunMutation,
  SystemQuery,
  TrialStatus,
} from './gql/graphql';
