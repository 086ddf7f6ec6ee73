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
  '\n  fragment RunSummaryFields on Run {\n    id\n    analysis\n    status\n    createdAt\n    finishedAt\n    trialCount\n    completedCount\n    failedCount\n    progress\n  }\n': typeof types.RunSummaryFieldsFragmentDoc;
  '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      ...RunSummaryFields\n    }\n  }\n  \n': typeof types.RunsListDocument;
  '\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      analysisVersion\n      params\n      error\n      trials {\n        key\n        ordinal\n        config\n        attempts\n        failureReason\n        status\n      }\n    }\n  }\n  \n': typeof types.RunDetailDocument;
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.CancelRunDocument;
  '\n  mutation StartRun($analysis: String!, $params: JSON!) {\n    startRun(input: { analysis: $analysis, params: $params }) {\n      id\n    }\n  }\n': typeof types.StartRunDocument;
  '\n  query NewRunPlugins {\n    system {\n      plugins {\n        kind\n        name\n        version\n        description\n        paramsSchema\n      }\n    }\n  }\n': typeof types.NewRunPluginsDocument;
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n': typeof types.SystemDocument;
};
const documents: Documents = {
  '\n  fragment RunSummaryFields on Run {\n    id\n    analysis\n    status\n    createdAt\n    finishedAt\n    trialCount\n    completedCount\n    failedCount\n    progress\n  }\n':
    types.RunSummaryFieldsFragmentDoc,
  '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      ...RunSummaryFields\n    }\n  }\n  \n':
    types.RunsListDocument,
  '\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      analysisVersion\n      params\n      error\n      trials {\n        key\n        ordinal\n        config\n        attempts\n        failureReason\n        status\n      }\n    }\n  }\n  \n':
    types.RunDetailDocument,
  '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.CancelRunDocument,
  '\n  mutation StartRun($analysis: String!, $params: JSON!) {\n    startRun(input: { analysis: $analysis, params: $params }) {\n      id\n    }\n  }\n':
    types.StartRunDocument,
  '\n  query NewRunPlugins {\n    system {\n      plugins {\n        kind\n        name\n        version\n        description\n        paramsSchema\n      }\n    }\n  }\n':
    types.NewRunPluginsDocument,
  '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n':
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
  source: '\n  fragment RunSummaryFields on Run {\n    id\n    analysis\n    status\n    createdAt\n    finishedAt\n    trialCount\n    completedCount\n    failedCount\n    progress\n  }\n',
): (typeof documents)['\n  fragment RunSummaryFields on Run {\n    id\n    analysis\n    status\n    createdAt\n    finishedAt\n    trialCount\n    completedCount\n    failedCount\n    progress\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      ...RunSummaryFields\n    }\n  }\n  \n',
): (typeof documents)['\n  query RunsList($take: Int!, $skip: Int!) {\n    runs(take: $take, skip: $skip) {\n      ...RunSummaryFields\n    }\n  }\n  \n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      analysisVersion\n      params\n      error\n      trials {\n        key\n        ordinal\n        config\n        attempts\n        failureReason\n        status\n      }\n    }\n  }\n  \n',
): (typeof documents)['\n  query RunDetail($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      analysisVersion\n      params\n      error\n      trials {\n        key\n        ordinal\n        config\n        attempts\n        failureReason\n        status\n      }\n    }\n  }\n  \n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartRun($analysis: String!, $params: JSON!) {\n    startRun(input: { analysis: $analysis, params: $params }) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartRun($analysis: String!, $params: JSON!) {\n    startRun(input: { analysis: $analysis, params: $params }) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewRunPlugins {\n    system {\n      plugins {\n        kind\n        name\n        version\n        description\n        paramsSchema\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewRunPlugins {\n    system {\n      plugins {\n        kind\n        name\n        version\n        description\n        paramsSchema\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n',
): (typeof documents)['\n  query System {\n    system {\n      version\n      executionProviders {\n        available\n        active\n        setting\n      }\n      plugins {\n        kind\n        name\n        version\n        description\n        origin\n        paramsSchema\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
