export { TransferlabClient, type ImportReceipt, type TableQuery, type TransferlabClientOptions, type UploadReceipt } from './client';
export { TransferlabError, type TransferlabErrorCode, type GraphQLErrorBody } from './errors';
export { serverBaseUrl } from './server-url';
export { FINISHED_STATUSES, isFinished, pollRun, subscribeRun, watchRun, type WatchRunOptions } from './watch-run';
export * from './operations/runs';
export * from './operations/results';
export * from './operations/models';
export * from './operations/system';
export * from './operations/outputs';
export { readTable, TABLE_PAGE_MAX, type ReadTableOptions, type TableData } from './read-table';
export {
  cellOf,
  columnFormat,
  type AnalysisOutputs,
  type Cell,
  type CellValues,
  type ColumnFormat,
  type ColumnRole,
  type ImageRef,
  type IntervalValue,
  type OutputColumn,
  type OutputTable,
  type OutputView,
  type TableRow,
} from './table-cells';
export type {
  AnalysesQuery,
  AnalysisOutputsQuery,
  ImportModelInput,
  ImportModelMutation,
  ModelSummaryFragment,
  ModelsQuery,
  RunProgressSubscription,
  RunQuery,
  RunRowsQuery,
  RunStatus,
  RunSummaryFragment,
  RunTableQuery,
  RunsQuery,
  StartRunInput,
  StartRunMutation,
  SystemQuery,
  TrialStatus,
  ViewKind,
} from './gql/graphql';
