/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ModelSummary on SourceModel {\n    id\n    name\n    architecture\n    origin\n    numClasses\n    size\n    checksum\n    cleanAccuracy\n    createdAt\n    input {\n      channels\n      height\n      width\n    }\n    training {\n      kind\n      norm\n      epsLabel\n      dataset\n    }\n  }\n': typeof types.ModelSummaryFragmentDoc;
  '\n  query Models($take: Int!, $skip: Int!) {\n    models(take: $take, skip: $skip) {\n      ...ModelSummary\n    }\n  }\n': typeof types.ModelsDocument;
  '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      ...ModelSummary\n      blocks\n      featureTensor\n    }\n  }\n': typeof types.ImportModelDocument;
  '\n  fragment OutputTable on OutputTableObject {\n    name\n    description\n    columns {\n      name\n      role\n      label\n      description\n      format\n    }\n  }\n': typeof types.OutputTableFragmentDoc;
  '\n  fragment AnalysisOutputs on AnalysisOutputsObject {\n    analysis\n    version\n    description\n    summaryTable\n    tables {\n      ...OutputTable\n    }\n    views {\n      kind\n      title\n      table\n      description\n      facets\n      rankBy\n      rankOrder\n      x\n      y\n      series\n      xScale\n      image\n      caption\n    }\n  }\n': typeof types.AnalysisOutputsFragmentDoc;
  '\n  query Analyses {\n    analyses {\n      ...AnalysisOutputs\n    }\n  }\n': typeof types.AnalysesDocument;
  '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      ...AnalysisOutputs\n    }\n  }\n': typeof types.AnalysisOutputsDocument;
  '\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $options: JSON\n    $filter: JSON\n    $facets: [String!]\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      options: $options\n      filter: $filter\n      facets: $facets\n      take: $take\n      skip: $skip\n    ) {\n      runId\n      analysis\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n      table {\n        ...OutputTable\n      }\n    }\n  }\n': typeof types.RunTableDocument;
  '\n  query RunRows($runId: ID!, $take: Int!, $skip: Int!) {\n    runRows(runId: $runId, take: $take, skip: $skip)\n  }\n': typeof types.RunRowsDocument;
  '\n  fragment RunSummary on Run {\n    id\n    analysis\n    analysisVersion\n    status\n    error\n    createdAt\n    finishedAt\n    progress\n    trialCount\n    completedCount\n    failedCount\n    runningCount\n  }\n': typeof types.RunSummaryFragmentDoc;
  '\n  query Runs($take: Int!, $skip: Int!, $analysis: String) {\n    runs(take: $take, skip: $skip, analysis: $analysis) {\n      ...RunSummary\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n': typeof types.RunsDocument;
  '\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummary\n      params\n      trialCounts {\n        queued\n        running\n        completed\n        failed\n        cancelled\n        total\n      }\n      failures(take: 5) {\n        ordinal\n        reason\n      }\n    }\n  }\n': typeof types.RunDocument;
  '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummary\n    }\n  }\n': typeof types.StartRunDocument;
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      ...RunSummary\n    }\n  }\n': typeof types.CancelRunDocument;
  '\n  subscription RunProgress($id: ID!) {\n    runProgress(id: $id) {\n      ...RunSummary\n    }\n  }\n': typeof types.RunProgressDocument;
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        active\n        available\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n      }\n    }\n  }\n': typeof types.SystemDocument;
};
const documents: Documents = {
  '\n  fragment ModelSummary on SourceModel {\n    id\n    name\n    architecture\n    origin\n    numClasses\n    size\n    checksum\n    cleanAccuracy\n    createdAt\n    input {\n      channels\n      height\n      width\n    }\n    training {\n      kind\n      norm\n      epsLabel\n      dataset\n    }\n  }\n':
    types.ModelSummaryFragmentDoc,
  '\n  query Models($take: Int!, $skip: Int!) {\n    models(take: $take, skip: $skip) {\n      ...ModelSummary\n    }\n  }\n':
    types.ModelsDocument,
  '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      ...ModelSummary\n      blocks\n      featureTensor\n    }\n  }\n':
    types.ImportModelDocument,
  '\n  fragment OutputTable on OutputTableObject {\n    name\n    description\n    columns {\n      name\n      role\n      label\n      description\n      format\n    }\n  }\n':
    types.OutputTableFragmentDoc,
  '\n  fragment AnalysisOutputs on AnalysisOutputsObject {\n    analysis\n    version\n    description\n    summaryTable\n    tables {\n      ...OutputTable\n    }\n    views {\n      kind\n      title\n      table\n      description\n      facets\n      rankBy\n      rankOrder\n      x\n      y\n      series\n      xScale\n      image\n      caption\n    }\n  }\n':
    types.AnalysisOutputsFragmentDoc,
  '\n  query Analyses {\n    analyses {\n      ...AnalysisOutputs\n    }\n  }\n': types.AnalysesDocument,
  '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      ...AnalysisOutputs\n    }\n  }\n':
    types.AnalysisOutputsDocument,
  '\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $options: JSON\n    $filter: JSON\n    $facets: [String!]\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      options: $options\n      filter: $filter\n      facets: $facets\n      take: $take\n      skip: $skip\n    ) {\n      runId\n      analysis\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n      table {\n        ...OutputTable\n      }\n    }\n  }\n':
    types.RunTableDocument,
  '\n  query RunRows($runId: ID!, $take: Int!, $skip: Int!) {\n    runRows(runId: $runId, take: $take, skip: $skip)\n  }\n':
    types.RunRowsDocument,
  '\n  fragment RunSummary on Run {\n    id\n    analysis\n    analysisVersion\n    status\n    error\n    createdAt\n    finishedAt\n    progress\n    trialCount\n    completedCount\n    failedCount\n    runningCount\n  }\n':
    types.RunSummaryFragmentDoc,
  '\n  query Runs($take: Int!, $skip: Int!, $analysis: String) {\n    runs(take: $take, skip: $skip, analysis: $analysis) {\n      ...RunSummary\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n':
    types.RunsDocument,
  '\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummary\n      params\n      trialCounts {\n        queued\n        running\n        completed\n        failed\n        cancelled\n        total\n      }\n      failures(take: 5) {\n        ordinal\n        reason\n      }\n    }\n  }\n':
    types.RunDocument,
  '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummary\n    }\n  }\n':
    types.StartRunDocument,
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      ...RunSummary\n    }\n  }\n':
    types.CancelRunDocument,
  '\n  subscription RunProgress($id: ID!) {\n    runProgress(id: $id) {\n      ...RunSummary\n    }\n  }\n':
    types.RunProgressDocument,
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        active\n        available\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n      }\n    }\n  }\n':
    types.SystemDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModelSummary on SourceModel {\n    id\n    name\n    architecture\n    origin\n    numClasses\n    size\n    checksum\n    cleanAccuracy\n    createdAt\n    input {\n      channels\n      height\n      width\n    }\n    training {\n      kind\n      norm\n      epsLabel\n      dataset\n    }\n  }\n',
): (typeof documents)['\n  fragment ModelSummary on SourceModel {\n    id\n    name\n    architecture\n    origin\n    numClasses\n    size\n    checksum\n    cleanAccuracy\n    createdAt\n    input {\n      channels\n      height\n      width\n    }\n    training {\n      kind\n      norm\n      epsLabel\n      dataset\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Models($take: Int!, $skip: Int!) {\n    models(take: $take, skip: $skip) {\n      ...ModelSummary\n    }\n  }\n',
): (typeof documents)['\n  query Models($take: Int!, $skip: Int!) {\n    models(take: $take, skip: $skip) {\n      ...ModelSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      ...ModelSummary\n      blocks\n      featureTensor\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportModel($input: ImportModelInput!) {\n    importModel(input: $input) {\n      ...ModelSummary\n      blocks\n      featureTensor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutputTable on OutputTableObject {\n    name\n    description\n    columns {\n      name\n      role\n      label\n      description\n      format\n    }\n  }\n',
): (typeof documents)['\n  fragment OutputTable on OutputTableObject {\n    name\n    description\n    columns {\n      name\n      role\n      label\n      description\n      format\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnalysisOutputs on AnalysisOutputsObject {\n    analysis\n    version\n    description\n    summaryTable\n    tables {\n      ...OutputTable\n    }\n    views {\n      kind\n      title\n      table\n      description\n      facets\n      rankBy\n      rankOrder\n      x\n      y\n      series\n      xScale\n      image\n      caption\n    }\n  }\n',
): (typeof documents)['\n  fragment AnalysisOutputs on AnalysisOutputsObject {\n    analysis\n    version\n    description\n    summaryTable\n    tables {\n      ...OutputTable\n    }\n    views {\n      kind\n      title\n      table\n      description\n      facets\n      rankBy\n      rankOrder\n      x\n      y\n      series\n      xScale\n      image\n      caption\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Analyses {\n    analyses {\n      ...AnalysisOutputs\n    }\n  }\n',
): (typeof documents)['\n  query Analyses {\n    analyses {\n      ...AnalysisOutputs\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      ...AnalysisOutputs\n    }\n  }\n',
): (typeof documents)['\n  query AnalysisOutputs($analysis: String!) {\n    analysisOutputs(analysis: $analysis) {\n      ...AnalysisOutputs\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $options: JSON\n    $filter: JSON\n    $facets: [String!]\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      options: $options\n      filter: $filter\n      facets: $facets\n      take: $take\n      skip: $skip\n    ) {\n      runId\n      analysis\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n      table {\n        ...OutputTable\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RunTable(\n    $runId: ID!\n    $table: String!\n    $options: JSON\n    $filter: JSON\n    $facets: [String!]\n    $take: Int!\n    $skip: Int!\n  ) {\n    runTable(\n      runId: $runId\n      table: $table\n      options: $options\n      filter: $filter\n      facets: $facets\n      take: $take\n      skip: $skip\n    ) {\n      runId\n      analysis\n      total\n      skip\n      rows\n      facets {\n        column\n        values\n      }\n      table {\n        ...OutputTable\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunRows($runId: ID!, $take: Int!, $skip: Int!) {\n    runRows(runId: $runId, take: $take, skip: $skip)\n  }\n',
): (typeof documents)['\n  query RunRows($runId: ID!, $take: Int!, $skip: Int!) {\n    runRows(runId: $runId, take: $take, skip: $skip)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RunSummary on Run {\n    id\n    analysis\n    analysisVersion\n    status\n    error\n    createdAt\n    finishedAt\n    progress\n    trialCount\n    completedCount\n    failedCount\n    runningCount\n  }\n',
): (typeof documents)['\n  fragment RunSummary on Run {\n    id\n    analysis\n    analysisVersion\n    status\n    error\n    createdAt\n    finishedAt\n    progress\n    trialCount\n    completedCount\n    failedCount\n    runningCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Runs($take: Int!, $skip: Int!, $analysis: String) {\n    runs(take: $take, skip: $skip, analysis: $analysis) {\n      ...RunSummary\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Runs($take: Int!, $skip: Int!, $analysis: String) {\n    runs(take: $take, skip: $skip, analysis: $analysis) {\n      ...RunSummary\n      imported {\n        sourceChecksum\n        sourceRunId\n        exportedAt\n        serverVersion\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummary\n      params\n      trialCounts {\n        queued\n        running\n        completed\n        failed\n        cancelled\n        total\n      }\n      failures(take: 5) {\n        ordinal\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummary\n      params\n      trialCounts {\n        queued\n        running\n        completed\n        failed\n        cancelled\n        total\n      }\n      failures(take: 5) {\n        ordinal\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      ...RunSummary\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      ...RunSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription RunProgress($id: ID!) {\n    runProgress(id: $id) {\n      ...RunSummary\n    }\n  }\n',
): (typeof documents)['\n  subscription RunProgress($id: ID!) {\n    runProgress(id: $id) {\n      ...RunSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query System {\n    system {\n      version\n      executionProviders {\n        active\n        available\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n      }\n    }\n  }\n',
): (typeof documents)['\n  query System {\n    system {\n      version\n      executionProviders {\n        active\n        available\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
