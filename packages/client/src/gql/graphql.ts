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

/** dimension: grouped or filtered by; measure: a number; interval: { mean, low, high, n }; image: { dataset, split, index }; picture: a PNG data URL the analysis made; model: a source model id; text. */
export type ColumnRole = 'dimension' | 'image' | 'interval' | 'measure' | 'model' | 'picture' | 'text';

/** An uploaded ONNX classifier (POST /models/upload) to validate, inspect and record. */
export type ImportModelInput = {
  /** Architecture label (e.g. resnet18); default: onnx. */
  architecture?: InputMaybe<Scalars['String']['input']>;
  /** Block-boundary tensors, input side first, overriding detection (residual Add -> Relu); at most 200. */
  blocks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Penultimate tensor, overriding detection (the input of the final Gemm/MatMul). */
  featureTensor?: InputMaybe<Scalars['String']['input']>;
  /** Model id trials will use: lower-case letters, digits, ".", "_", "-"; at most 100 characters. */
  id: Scalars['String']['input'];
  input: ModelInputSpecInput;
  /** Display name; default: the id. */
  name?: InputMaybe<Scalars['String']['input']>;
  training: ModelTrainingInput;
  /** The uploadId POST /models/upload answered. */
  uploadId: Scalars['String']['input'];
};

/** What the model expects: image size and per-channel normalisation (torchvision ImageNet: mean [0.485, 0.456, 0.406], std [0.229, 0.224, 0.225]). */
export type ModelInputSpecInput = {
  /** 1 (grey) or 3 (RGB). */
  channels: Scalars['Int']['input'];
  height: Scalars['Int']['input'];
  /** Per-channel mean subtracted after scaling to [0,1]; one value per channel. */
  mean: Array<Scalars['Float']['input']>;
  /** Per-channel std divided by after the mean; one positive value per channel. */
  std: Array<Scalars['Float']['input']>;
  width: Scalars['Int']['input'];
};

/** How the model was trained. */
export type ModelTrainingInput = {
  /** Dataset it was trained on (e.g. imagenet). */
  dataset?: InputMaybe<Scalars['String']['input']>;
  /** Budget in [0,1] pixel units (e.g. 3 for L2, 0.0157 for Linf 4/255); needed for an adversarial model. */
  eps?: InputMaybe<Scalars['Float']['input']>;
  /** `natural` or `adversarial`. */
  kind: Scalars['String']['input'];
  /** `L2` or `Linf`; needed for an adversarial model. */
  norm?: InputMaybe<Scalars['String']['input']>;
  /** Free text: where it comes from, its paper, its recipe. */
  notes?: InputMaybe<Scalars['String']['input']>;
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

/** Where a run is in its life. */
export type RunStatus = 'CANCELLED' | 'COMPLETED' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** An analysis plugin and its params (checked against the plugin's schema). */
export type StartRunInput = {
  /** Name of a registered analysis plugin. */
  analysis: Scalars['String']['input'];
  /** Params object; omitted fields take the plugin's defaults. */
  params: Scalars['JSON']['input'];
};

/** Where a trial is; DONE means its result is stored. */
export type TrialStatus = 'CANCELLED' | 'DONE' | 'FAILED' | 'PENDING' | 'RUNNING';

/** How the dashboard draws a table: ranked table, series with bands, image gallery, per-example evidence. */
export type ViewKind = 'evidence' | 'gallery' | 'series' | 'table';

export type ModelSummaryFragment = {
  __typename?: 'SourceModel';
  id: string;
  name: string;
  architecture: string;
  origin: string;
  numClasses: number;
  size: number;
  checksum: string;
  cleanAccuracy: number | null;
  createdAt: string;
  input: { __typename?: 'ModelInput'; channels: number; height: number; width: number };
  training: {
    __typename?: 'ModelTraining';
    kind: string;
    norm: string | null;
    epsLabel: string | null;
    dataset: string | null;
  };
};

export type ModelsQueryVariables = Exact<{
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
}>;

export type ModelsQuery = {
  __typename?: 'Query';
  models: Array<{
    __typename?: 'SourceModel';
    id: string;
    name: string;
    architecture: string;
    origin: string;
    numClasses: number;
    size: number;
    checksum: string;
    cleanAccuracy: number | null;
    createdAt: string;
    input: { __typename?: 'ModelInput'; channels: number; height: number; width: number };
    training: {
      __typename?: 'ModelTraining';
      kind: string;
      norm: string | null;
      epsLabel: string | null;
      dataset: string | null;
    };
  }>;
};

export type ImportModelMutationVariables = Exact<{
  input: ImportModelInput;
}>;

export type ImportModelMutation = {
  __typename?: 'Mutation';
  importModel: {
    __typename?: 'SourceModel';
    blocks: Array<string>;
    featureTensor: string;
    id: string;
    name: string;
    architecture: string;
    origin: string;
    numClasses: number;
    size: number;
    checksum: string;
    cleanAccuracy: number | null;
    createdAt: string;
    input: { __typename?: 'ModelInput'; channels: number; height: number; width: number };
    training: {
      __typename?: 'ModelTraining';
      kind: string;
      norm: string | null;
      epsLabel: string | null;
      dataset: string | null;
    };
  };
};

export type OutputTableFragment = {
  __typename?: 'OutputTableObject';
  name: string;
  description: string;
  columns: Array<{
    __typename?: 'OutputColumnObject';
    name: string;
    role: ColumnRole;
    label: string | null;
    description: string | null;
    format: string | null;
  }>;
};

export type AnalysisOutputsFragment = {
  __typename?: 'AnalysisOutputsObject';
  analysis: string;
  version: string;
  description: string;
  summaryTable: string | null;
  tables: Array<{
    __typename?: 'OutputTableObject';
    name: string;
    description: string;
    columns: Array<{
      __typename?: 'OutputColumnObject';
      name: string;
      role: ColumnRole;
      label: string | null;
      description: string | null;
      format: string | null;
    }>;
  }>;
  views: Array<{
    __typename?: 'OutputViewObject';
    kind: ViewKind;
    title: string;
    table: string;
    description: string | null;
    facets: Array<string>;
    rankBy: string | null;
    rankOrder: string | null;
    x: string | null;
    y: string | null;
    series: string | null;
    xScale: string | null;
    image: string | null;
    caption: Array<string>;
  }>;
};

export type AnalysesQueryVariables = Exact<{ [key: string]: never }>;

export type AnalysesQuery = {
  __typename?: 'Query';
  analyses: Array<{
    __typename?: 'AnalysisOutputsObject';
    analysis: string;
    version: string;
    description: string;
    summaryTable: string | null;
    tables: Array<{
      __typename?: 'OutputTableObject';
      name: string;
      description: string;
      columns: Array<{
        __typename?: 'OutputColumnObject';
        name: string;
        role: ColumnRole;
        label: string | null;
        description: string | null;
        format: string | null;
      }>;
    }>;
    views: Array<{
      __typename?: 'OutputViewObject';
      kind: ViewKind;
      title: string;
      table: string;
      description: string | null;
      facets: Array<string>;
      rankBy: string | null;
      rankOrder: string | null;
      x: string | null;
      y: string | null;
      series: string | null;
      xScale: string | null;
      image: string | null;
      caption: Array<string>;
    }>;
  }>;
};

export type AnalysisOutputsQueryVariables = Exact<{
  analysis: Scalars['String']['input'];
}>;

export type AnalysisOutputsQuery = {
  __typename?: 'Query';
  analysisOutputs: {
    __typename?: 'AnalysisOutputsObject';
    analysis: string;
    version: string;
    description: string;
    summaryTable: string | null;
    tables: Array<{
      __typename?: 'OutputTableObject';
      name: string;
      description: string;
      columns: Array<{
        __typename?: 'OutputColumnObject';
        name: string;
        role: ColumnRole;
        label: string | null;
        description: string | null;
        format: string | null;
      }>;
    }>;
    views: Array<{
      __typename?: 'OutputViewObject';
      kind: ViewKind;
      title: string;
      table: string;
      description: string | null;
      facets: Array<string>;
      rankBy: string | null;
      rankOrder: string | null;
      x: string | null;
      y: string | null;
      series: string | null;
      xScale: string | null;
      image: string | null;
      caption: Array<string>;
    }>;
  };
};

export type RunTableQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  options?: InputMaybe<Scalars['JSON']['input']>;
  filter?: InputMaybe<Scalars['JSON']['input']>;
  facets?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
}>;

export type RunTableQuery = {
  __typename?: 'Query';
  runTable: {
    __typename?: 'TablePageObject';
    runId: string;
    analysis: string;
    total: number;
    skip: number;
    rows: Array<unknown>;
    facets: Array<{ __typename?: 'TableFacetObject'; column: string; values: Array<unknown> }>;
    table: {
      __typename?: 'OutputTableObject';
      name: string;
      description: string;
      columns: Array<{
        __typename?: 'OutputColumnObject';
        name: string;
        role: ColumnRole;
        label: string | null;
        description: string | null;
        format: string | null;
      }>;
    };
  };
};

export type RunRowsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
}>;

export type RunRowsQuery = { __typename?: 'Query'; runRows: Array<unknown> };

export type RunSummaryFragment = {
  __typename?: 'Run';
  id: string;
  analysis: string;
  analysisVersion: string;
  status: RunStatus;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  progress: number;
  trialCount: number;
  completedCount: number;
  failedCount: number;
  runningCount: number;
};

export type RunsQueryVariables = Exact<{
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
  analysis?: InputMaybe<Scalars['String']['input']>;
}>;

export type RunsQuery = {
  __typename?: 'Query';
  runs: Array<{
    __typename?: 'Run';
    id: string;
    analysis: string;
    analysisVersion: string;
    status: RunStatus;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    progress: number;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    runningCount: number;
    imported: {
      __typename?: 'RunImport';
      sourceChecksum: string;
      sourceRunId: string;
      exportedAt: string;
      serverVersion: string;
    } | null;
  }>;
};

export type RunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RunQuery = {
  __typename?: 'Query';
  run: {
    __typename?: 'Run';
    params: unknown;
    id: string;
    analysis: string;
    analysisVersion: string;
    status: RunStatus;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    progress: number;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    runningCount: number;
    trialCounts: {
      __typename?: 'TrialCounts';
      queued: number;
      running: number;
      completed: number;
      failed: number;
      cancelled: number;
      total: number;
    };
    failures: Array<{ __typename?: 'TrialFailure'; ordinal: number; reason: string }>;
  };
};

export type StartRunMutationVariables = Exact<{
  input: StartRunInput;
}>;

export type StartRunMutation = {
  __typename?: 'Mutation';
  startRun: {
    __typename?: 'Run';
    id: string;
    analysis: string;
    analysisVersion: string;
    status: RunStatus;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    progress: number;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    runningCount: number;
  };
};

export type CancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CancelRunMutation = {
  __typename?: 'Mutation';
  cancelRun: {
    __typename?: 'Run';
    id: string;
    analysis: string;
    analysisVersion: string;
    status: RunStatus;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    progress: number;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    runningCount: number;
  };
};

export type RunProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RunProgressSubscription = {
  __typename?: 'Subscription';
  runProgress: {
    __typename?: 'Run';
    id: string;
    analysis: string;
    analysisVersion: string;
    status: RunStatus;
    error: string | null;
    createdAt: string;
    finishedAt: string | null;
    progress: number;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    runningCount: number;
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
      active: string;
      available: Array<string>;
      setting: string;
    };
    plugins: Array<{
      __typename?: 'PluginInfo';
      kind: PluginKind;
      name: string;
      version: string;
      description: string;
    }>;
  };
};

export const ModelSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'architecture' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'numClasses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checksum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cleanAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'input' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'epsLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModelSummaryFragment, unknown>;
export const OutputTableFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutputTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutputTableObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutputTableFragment, unknown>;
export const AnalysisOutputsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisOutputs' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnalysisOutputsObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryTable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutputTable' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'views' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'facets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'x' } },
                { kind: 'Field', name: { kind: 'Name', value: 'y' } },
                { kind: 'Field', name: { kind: 'Name', value: 'series' } },
                { kind: 'Field', name: { kind: 'Name', value: 'xScale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutputTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutputTableObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysisOutputsFragment, unknown>;
export const RunSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunSummaryFragment, unknown>;
export const ModelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Models' },
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
            name: { kind: 'Name', value: 'models' },
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModelSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'architecture' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'numClasses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checksum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cleanAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'input' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'epsLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModelsQuery, ModelsQueryVariables>;
export const ImportModelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportModel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportModelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importModel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModelSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blocks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'featureTensor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'architecture' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'numClasses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'size' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checksum' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cleanAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'input' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'height' } },
                { kind: 'Field', name: { kind: 'Name', value: 'width' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'epsLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportModelMutation, ImportModelMutationVariables>;
export const AnalysesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Analyses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analyses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnalysisOutputs' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutputTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutputTableObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisOutputs' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnalysisOutputsObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryTable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutputTable' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'views' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'facets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'x' } },
                { kind: 'Field', name: { kind: 'Name', value: 'y' } },
                { kind: 'Field', name: { kind: 'Name', value: 'series' } },
                { kind: 'Field', name: { kind: 'Name', value: 'xScale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysesQuery, AnalysesQueryVariables>;
export const AnalysisOutputsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalysisOutputs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analysisOutputs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'analysis' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnalysisOutputs' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutputTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutputTableObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisOutputs' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnalysisOutputsObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summaryTable' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tables' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutputTable' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'views' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'facets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rankOrder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'x' } },
                { kind: 'Field', name: { kind: 'Name', value: 'y' } },
                { kind: 'Field', name: { kind: 'Name', value: 'series' } },
                { kind: 'Field', name: { kind: 'Name', value: 'xScale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysisOutputsQuery, AnalysisOutputsQueryVariables>;
export const RunTableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RunTable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'table' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'facets' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
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
            name: { kind: 'Name', value: 'runTable' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'table' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'table' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'facets' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'facets' } },
              },
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skip' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'table' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutputTable' } }],
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
      name: { kind: 'Name', value: 'OutputTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutputTableObject' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'columns' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunTableQuery, RunTableQueryVariables>;
export const RunRowsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RunRows' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
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
            name: { kind: 'Name', value: 'runRows' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
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
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunRowsQuery, RunRowsQueryVariables>;
export const RunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Runs' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'analysis' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'imported' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceChecksum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceRunId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'exportedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serverVersion' } },
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
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunsQuery, RunsQueryVariables>;
export const RunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Run' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'params' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trialCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'running' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'failures' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'take' },
                      value: { kind: 'IntValue', value: '5' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
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
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunQuery, RunQueryVariables>;
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartRunInput' } },
          },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartRunMutation, StartRunMutationVariables>;
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
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelRunMutation, CancelRunMutationVariables>;
export const RunProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'RunProgress' },
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
            name: { kind: 'Name', value: 'runProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RunSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RunSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Run' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunProgressSubscription, RunProgressSubscriptionVariables>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
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
