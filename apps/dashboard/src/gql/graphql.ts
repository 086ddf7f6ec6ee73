/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** Any JSON value (used for JSON Schema documents and plugin params). */
  JSON: { input: unknown; output: unknown };
};

/** Mean test accuracy over seeds with its 95% Student-t interval (null bounds with one seed). */
export type AccuracyCell = {
  __typename?: 'AccuracyCell';
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** Total number of target training images. */
  n: Scalars['Int']['output'];
  /** Sample standard deviation over seeds. */
  sd: Scalars['Float']['output'];
  seeds: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** Source minus baseline test accuracy, paired by seed, with a paired t-test. */
export type DeltaCell = {
  __typename?: 'DeltaCell';
  baseline: Scalars['String']['output'];
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  /** Two-sided p-value; null with fewer than two pairs. */
  pValue?: Maybe<Scalars['Float']['output']>;
  sd: Scalars['Float']['output'];
  /** Seeds present for both sources. */
  seeds: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** Area under mean accuracy vs log2(n), normalised to [0,1]. */
export type EfficiencyScore = {
  __typename?: 'EfficiencyScore';
  score: Scalars['Float']['output'];
  source: Scalars['String']['output'];
};

/** Mean test accuracy after one epoch, over seeds, with its 95% interval. */
export type EpochCell = {
  __typename?: 'EpochCell';
  epoch: Scalars['Int']['output'];
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** Total number of target training images. */
  n: Scalars['Int']['output'];
  /** Sample standard deviation over seeds. */
  sd: Scalars['Float']['output'];
  seeds: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** ONNX Runtime execution providers. */
export type ExecutionProviders = {
  __typename?: 'ExecutionProviders';
  /** The provider sessions use under the configured setting. */
  active: Scalars['String']['output'];
  /** Providers this installation can use, in preference order. */
  available: Array<Scalars['String']['output']>;
  /** The configured setting: cpu, cuda or auto. */
  setting: Scalars['String']['output'];
};

/** A source's place at one data budget, by mean test accuracy. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  mean: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel a queued or running run (needs the API token). */
  cancelRun: Run;
  /** Start an analysis run (needs the API token). */
  startRun: Run;
};

export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
};

export type MutationStartRunArgs = {
  input: StartRunInput;
};

/** A registered plugin. */
export type PluginInfo = {
  __typename?: 'PluginInfo';
  description: Scalars['String']['output'];
  kind: PluginKind;
  /** Unique within its kind. */
  name: Scalars['String']['output'];
  /** Where it was loaded from: a built-in package, a local folder or an npm package. */
  origin: Scalars['String']['output'];
  /** JSON Schema (draft 2020-12) of the plugin's params, with defaults. */
  paramsSchema: Scalars['JSON']['output'];
  /** Semantic version, recorded with every result the plugin produces. */
  version: Scalars['String']['output'];
};

/** What a plugin provides. */
export type PluginKind =
  /** Analyses run as trials (transfer, robustness, influence, saliency). */
  | 'ANALYSIS'
  /** Adversarial attacks. */
  | 'ATTACK'
  /** Images and labels (a target dataset). */
  | 'DATASET'
  /** Source models (ONNX). */
  | 'MODEL';

export type Query = {
  __typename?: 'Query';
  run: Run;
  /** Aggregated results of a run, per target and setting. */
  runResults: Array<TargetResults>;
  /** Runs, newest first. */
  runs: Array<Run>;
  /** Version, execution providers and registered plugins. */
  system: SystemInfo;
};

export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRunResultsArgs = {
  baseline?: InputMaybe<Scalars['String']['input']>;
  runId: Scalars['ID']['input'];
};

export type QueryRunsArgs = {
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

/** An analysis run: its params, status and progress; trials on request. */
export type Run = {
  __typename?: 'Run';
  /** Analysis plugin name. */
  analysis: Scalars['String']['output'];
  /** Version of the analysis plugin the run was started with. */
  analysisVersion: Scalars['String']['output'];
  completedCount: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  failedCount: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Params after validation (defaults filled in). */
  params: Scalars['JSON']['output'];
  /** Finished trials (completed or failed) over all trials, in [0,1]. */
  progress: Scalars['Float']['output'];
  status: RunStatus;
  trialCount: Scalars['Int']['output'];
  /** The run's trials in expansion order, with results when stored. */
  trials: Array<Trial>;
};

/** Where a run is in its life. */
export type RunStatus = 'CANCELLED' | 'COMPLETED' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** An analysis plugin and its params (checked against the plugin's schema). */
export type StartRunInput = {
  /** Name of a registered analysis plugin. */
  analysis: Scalars['String']['input'];
  /** Params object; omitted fields take the plugin's defaults. */
  params: Scalars['JSON']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The run now, then each change of its status or counts, until it finishes. */
  runProgress: Run;
};

export type SubscriptionRunProgressArgs = {
  id: Scalars['ID']['input'];
};

/** What this Transferlab server is and what it can run. */
export type SystemInfo = {
  __typename?: 'SystemInfo';
  executionProviders: ExecutionProviders;
  /** Every registered plugin, by kind, then by name. */
  plugins: Array<PluginInfo>;
  /** Version of the Transferlab server. */
  version: Scalars['String']['output'];
};

/** Aggregates for one target dataset under one setting (depth, learning rate). */
export type TargetResults = {
  __typename?: 'TargetResults';
  accuracy: Array<AccuracyCell>;
  /** Empty unless a baseline source was given. */
  deltas: Array<DeltaCell>;
  depth?: Maybe<Scalars['Int']['output']>;
  efficiency: Array<EfficiencyScore>;
  epochs: Array<EpochCell>;
  leaderboard: Array<LeaderboardEntry>;
  lr?: Maybe<Scalars['Float']['output']>;
  target: Scalars['String']['output'];
};

/** One unit of work of a run. */
export type Trial = {
  __typename?: 'Trial';
  /** Times a worker took this trial. */
  attempts: Scalars['Int']['output'];
  config: Scalars['JSON']['output'];
  failureReason?: Maybe<Scalars['String']['output']>;
  /** sha256 of the resolved config and plugin versions. */
  key: Scalars['String']['output'];
  ordinal: Scalars['Int']['output'];
  result?: Maybe<TrialResult>;
  status: TrialStatus;
};

/** What a finished trial measured. */
export type TrialResult = {
  __typename?: 'TrialResult';
  createdAt: Scalars['String']['output'];
  /** Named scalar metrics. */
  metrics: Scalars['JSON']['output'];
  pluginName: Scalars['String']['output'];
  pluginVersion: Scalars['String']['output'];
  /** One record per epoch, when the analysis reports one. */
  series?: Maybe<Scalars['JSON']['output']>;
};

/** Where a trial is; DONE means its result is stored. */
export type TrialStatus = 'CANCELLED' | 'DONE' | 'FAILED' | 'PENDING' | 'RUNNING';

export type RunSummaryFieldsFragment = {
  __typename?: 'Run';
  id: string;
  analysis: string;
  status: RunStatus;
  createdAt: string;
  finishedAt?: string | null;
  trialCount: number;
  completedCount: number;
  failedCount: number;
  progress: number;
};

export type RunsListQueryVariables = Exact<{
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
}>;

export type RunsListQuery = {
  __typename?: 'Query';
  runs: Array<{
    __typename?: 'Run';
    id: string;
    analysis: string;
    status: RunStatus;
    createdAt: string;
    finishedAt?: string | null;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    progress: number;
  }>;
};

export type RunDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RunDetailQuery = {
  __typename?: 'Query';
  run: {
    __typename?: 'Run';
    analysisVersion: string;
    params: unknown;
    error?: string | null;
    id: string;
    analysis: string;
    status: RunStatus;
    createdAt: string;
    finishedAt?: string | null;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    progress: number;
    trials: Array<{
      __typename?: 'Trial';
      key: string;
      ordinal: number;
      config: unknown;
      attempts: number;
      failureReason?: string | null;
      status: TrialStatus;
    }>;
  };
};

export type CancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CancelRunMutation = {
  __typename?: 'Mutation';
  cancelRun: { __typename?: 'Run'; id: string; status: RunStatus };
};

export type StartRunMutationVariables = Exact<{
  analysis: Scalars['String']['input'];
  params: Scalars['JSON']['input'];
}>;

export type StartRunMutation = { __typename?: 'Mutation'; startRun: { __typename?: 'Run'; id: string } };

export type NewRunPluginsQueryVariables = Exact<{ [key: string]: never }>;

export type NewRunPluginsQuery = {
  __typename?: 'Query';
  system: {
    __typename?: 'SystemInfo';
    plugins: Array<{
      __typename?: 'PluginInfo';
      kind: PluginKind;
      name: string;
      version: string;
      description: string;
      paramsSchema: unknown;
    }>;
  };
};

export type SystemQueryVariables = Exact<{ [key: string]: never }>;

export type SystemQuery = {
  __typename?: 'Query';
  system: {
    __typename?: 'SystemInfo';
    version: string;
    executionProviders: {
      __typename?: 'ExecutionProviders';
      available: Array<string>;
      active: string;
      setting: string;
    };
    plugins: Array<{
      __typename?: 'PluginInfo';
      kind: PluginKind;
      name: string;
      version: string;
      description: string;
      origin: string;
      paramsSchema: unknown;
    }>;
  };
};

export const RunSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunSummaryFieldsFragment, unknown>;
export const RunsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RunsList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummaryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunsListQuery, RunsListQueryVariables>;
export const RunDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RunDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'run' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummaryFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'params' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trials' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'config' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failureReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunDetailQuery, RunDetailQueryVariables>;
export const CancelRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelRunMutation, CancelRunMutationVariables>;
export const StartRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'params' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startRun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'analysis' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'params' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'params' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartRunMutation, StartRunMutationVariables>;
export const NewRunPluginsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewRunPlugins' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'system' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plugins' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paramsSchema' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewRunPluginsQuery, NewRunPluginsQueryVariables>;
export const SystemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'System' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'system' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'executionProviders' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plugins' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paramsSchema' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SystemQuery, SystemQueryVariables>;
