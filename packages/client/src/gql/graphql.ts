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
  high: Maybe<Scalars['Float']['output']>;
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** Total number of target training images. */
  n: Scalars['Int']['output'];
  /** Sample standard deviation over seeds. */
  sd: Scalars['Float']['output'];
  seeds: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** A dataset plugin; `details` loads it (lazily, cached) with its default params. */
export type Dataset = {
  __typename?: 'Dataset';
  description: Scalars['String']['output'];
  /** Sizes, classes, shape and sample images, loading the dataset with its default params on first request (seconds); null when it cannot be loaded (see loadError). */
  details: Maybe<DatasetDetails>;
  /** Why the dataset cannot be loaded with its default params (e.g. its files are not supplied); null when it can. */
  loadError: Maybe<Scalars['String']['output']>;
  /** Registry name, the name trials use as a target. */
  name: Scalars['ID']['output'];
  /** Where the plugin was loaded from. */
  origin: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** What loading a dataset tells: sizes, classes, shape, sample images. */
export type DatasetDetails = {
  __typename?: 'DatasetDetails';
  /** sha256 content checksum of images and labels (part of every trial key). */
  checksum: Scalars['String']['output'];
  /** Class names; a label is an index into this list. */
  classes: Array<Scalars['String']['output']>;
  imageShape: ImageShape;
  testSize: Scalars['Int']['output'];
  /** Training images as PNG URLs: one per class first, then the next of each class in turn. */
  thumbnails: Array<DatasetThumbnail>;
  trainSize: Scalars['Int']['output'];
};

/** What loading a dataset tells: sizes, classes, shape, sample images. */
export type DatasetDetailsThumbnailsArgs = {
  count?: Scalars['Int']['input'];
};

/** A training image served as PNG. */
export type DatasetThumbnail = {
  __typename?: 'DatasetThumbnail';
  className: Scalars['String']['output'];
  /** Index in the training split. */
  index: Scalars['Int']['output'];
  label: Scalars['Int']['output'];
  /** Path of the PNG on this server: `/datasets/<name>/thumbnails/<index>.png`. */
  url: Scalars['String']['output'];
};

/** Source minus baseline test accuracy, paired by seed, with a paired t-test. */
export type DeltaCell = {
  __typename?: 'DeltaCell';
  baseline: Scalars['String']['output'];
  high: Maybe<Scalars['Float']['output']>;
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  /** Two-sided p-value; null with fewer than two pairs. */
  pValue: Maybe<Scalars['Float']['output']>;
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
  high: Maybe<Scalars['Float']['output']>;
  low: Maybe<Scalars['Float']['output']>;
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
  /** Why the configured setting did not give a GPU provider (auto fell back to cpu), when it did not. */
  fallbackReason: Maybe<Scalars['String']['output']>;
  /** The configured setting: cpu, cuda, webgpu or auto. */
  setting: Scalars['String']['output'];
};

/** Shape of every image of a dataset. */
export type ImageShape = {
  __typename?: 'ImageShape';
  channels: Scalars['Int']['output'];
  height: Scalars['Int']['output'];
  width: Scalars['Int']['output'];
};

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

/** A source's place at one data budget, by mean test accuracy. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  mean: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** What a model expects: image size and per-channel normalisation. */
export type ModelInput = {
  __typename?: 'ModelInput';
  channels: Scalars['Int']['output'];
  height: Scalars['Int']['output'];
  /** Per-channel mean applied after scaling to [0,1]. */
  mean: Array<Scalars['Float']['output']>;
  /** Per-channel std applied after scaling to [0,1]. */
  std: Array<Scalars['Float']['output']>;
  width: Scalars['Int']['output'];
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

/** How a source model was trained. */
export type ModelTraining = {
  __typename?: 'ModelTraining';
  /** Training attack of an adversarial model, e.g. `PGD-3`, when its source records one. */
  attack: Maybe<Scalars['String']['output']>;
  /** Dataset it was trained on (e.g. imagenet). */
  dataset: Maybe<Scalars['String']['output']>;
  /** Training epochs (zoo manifest). */
  epochs: Maybe<Scalars['Int']['output']>;
  /** Perturbation budget in [0,1] pixel units (adversarial models). */
  eps: Maybe<Scalars['Float']['output']>;
  /** The budget as people write it: `0.5`, `8/255`. */
  epsLabel: Maybe<Scalars['String']['output']>;
  /** `natural` or `adversarial`. */
  kind: Scalars['String']['output'];
  /** `L2` or `Linf` (adversarial models). */
  norm: Maybe<Scalars['String']['output']>;
  /** Free-text notes given at import. */
  notes: Maybe<Scalars['String']['output']>;
  /** Name of the zoo recipe that trained it. */
  recipe: Maybe<Scalars['String']['output']>;
  seed: Maybe<Scalars['Int']['output']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel a queued or running run (needs the API token). */
  cancelRun: Run;
  /** Delete an uploaded model and its file (needs the API token). Refused while a run uses it, and for models of the configuration or a plugin. */
  deleteModel: SourceModel;
  /** Validate and inspect an uploaded ONNX classifier (POST /models/upload) in the data worker, then record it (needs the API token). A refusal stores nothing. */
  importModel: SourceModel;
  /** Start an analysis run (needs the API token). */
  startRun: Run;
};

export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeleteModelArgs = {
  id: Scalars['ID']['input'];
};

export type MutationImportModelArgs = {
  input: ImportModelInput;
};

export type MutationStartRunArgs = {
  input: StartRunInput;
};

/** A registered plugin. */
export type PluginInfo = {
  __typename?: 'PluginInfo';
  /** Analyses: whether the analysis aggregates its own results (runAggregate). */
  aggregates: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  kind: PluginKind;
  /** Unique within its kind. */
  name: Scalars['String']['output'];
  /** Where it was loaded from: a built-in package, a local folder or an npm package. */
  origin: Scalars['String']['output'];
  /** JSON Schema (draft 2020-12) of the plugin's params, with defaults. */
  paramsSchema: Scalars['JSON']['output'];
  /** Analyses: the metrics, series and details their results hold, with their meanings. */
  resultFields: Maybe<Scalars['JSON']['output']>;
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
  /** One dataset plugin by name. */
  dataset: Dataset;
  /** Every dataset plugin, by name; ask for `details` to load one. */
  datasets: Array<Dataset>;
  /** One source model by id. */
  model: SourceModel;
  /** Source model records by id: uploaded, from transferlab.config.json, and from the model plugins (the bundled zoo). */
  models: Array<SourceModel>;
  /** Registered plugins of one kind (all kinds when omitted), with their params JSON Schema. */
  plugins: Array<PluginInfo>;
  run: Run;
  /** The run's aggregate as its analysis computes it (any analysis), as JSON; null when the analysis defines none. */
  runAggregate: Maybe<Scalars['JSON']['output']>;
  /** Aggregated results of a run, per target and setting. */
  runResults: Array<TargetResults>;
  /** A page of the run's stored result rows (config, metrics, series, details, provider), as JSON. */
  runRows: Array<Scalars['JSON']['output']>;
  /** Runs, newest first. */
  runs: Array<Run>;
  /** Version, execution providers and registered plugins. */
  system: SystemInfo;
};

export type QueryDatasetArgs = {
  name: Scalars['String']['input'];
};

export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};

export type QueryModelsArgs = {
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

export type QueryPluginsArgs = {
  kind?: InputMaybe<PluginKind>;
};

export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRunAggregateArgs = {
  options?: InputMaybe<Scalars['JSON']['input']>;
  runId: Scalars['ID']['input'];
};

export type QueryRunResultsArgs = {
  baseline?: InputMaybe<Scalars['String']['input']>;
  runId: Scalars['ID']['input'];
};

export type QueryRunRowsArgs = {
  runId: Scalars['ID']['input'];
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

export type QueryRunsArgs = {
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

/** Accuracy under a PGD attack of one norm and budget. */
export type RobustAccuracy = {
  __typename?: 'RobustAccuracy';
  /** Fraction of the evaluated test images still classified correctly, in [0,1]. */
  accuracy: Scalars['Float']['output'];
  eps: Scalars['Float']['output'];
  /** The budget as people write it: `0.5`, `8/255`. */
  epsLabel: Scalars['String']['output'];
  /** `L2` or `Linf`. */
  norm: Scalars['String']['output'];
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
  error: Maybe<Scalars['String']['output']>;
  failedCount: Scalars['Int']['output'];
  /** Failed trials with their reasons, in expansion order. */
  failures: Array<TrialFailure>;
  finishedAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Params after validation (defaults filled in). */
  params: Scalars['JSON']['output'];
  /** Work done in [0,1]: finished trials (completed or failed) plus the reported fraction of each running trial (epochs done), over all trials. */
  progress: Scalars['Float']['output'];
  /** Trials running now. */
  runningCount: Scalars['Int']['output'];
  status: RunStatus;
  trialCount: Scalars['Int']['output'];
  /** Trials by status. */
  trialCounts: TrialCounts;
  /** A page of the run's trials in expansion order (take at most 500), optionally of one status, with results when stored. */
  trials: Array<Trial>;
};

/** An analysis run: its params, status and progress; trials on request. */
export type RunFailuresArgs = {
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

/** An analysis run: its params, status and progress; trials on request. */
export type RunTrialsArgs = {
  skip?: Scalars['Int']['input'];
  status?: InputMaybe<TrialStatus>;
  take?: Scalars['Int']['input'];
};

/** Where a run is in its life. */
export type RunStatus = 'CANCELLED' | 'COMPLETED' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** A source model record: uploaded and imported, listed in transferlab.config.json, or listed by a model plugin (the bundled zoo), with its detected structure. */
export type SourceModel = {
  __typename?: 'SourceModel';
  architecture: Scalars['String']['output'];
  /** Block-boundary tensors, input side first (unfrozen depth k = the last k). */
  blocks: Array<Scalars['String']['output']>;
  /**
   * Size of the ONNX file in bytes.
   * @deprecated Use size.
   */
  bytes: Maybe<Scalars['Int']['output']>;
  /** sha256 hex of the ONNX bytes. */
  checksum: Scalars['String']['output'];
  /** Clean test accuracy in [0,1] (zoo manifest). */
  cleanAccuracy: Maybe<Scalars['Float']['output']>;
  /** When the record was added (ISO-8601). */
  createdAt: Scalars['String']['output'];
  /** Penultimate feature tensor (input of the final linear layer). */
  featureTensor: Scalars['String']['output'];
  /** Model id, the name trials use. */
  id: Scalars['ID']['output'];
  input: ModelInput;
  /** Named figures recorded with the model (the zoo manifest's). */
  metrics: Maybe<Scalars['JSON']['output']>;
  /** Display name (the id unless one was given). */
  name: Scalars['String']['output'];
  numClasses: Scalars['Int']['output'];
  /** Where the record came from: `upload`, `config`, or the model plugin's name (`zoo`). */
  origin: Scalars['String']['output'];
  /** Trainable parameters (zoo manifest). */
  parameterCount: Maybe<Scalars['Int']['output']>;
  /**
   * Same as origin.
   * @deprecated Use origin.
   */
  plugin: Scalars['String']['output'];
  /** Robust accuracy grid (zoo manifest), by norm then eps; empty when unknown. */
  robustAccuracy: Array<RobustAccuracy>;
  /** Test images the robust accuracy was measured on. */
  robustCount: Maybe<Scalars['Int']['output']>;
  /** Runs that use this model. */
  runCount: Scalars['Int']['output'];
  /**
   * sha256 hex of the ONNX bytes.
   * @deprecated Use checksum.
   */
  sha256: Scalars['String']['output'];
  /** Size of the ONNX file in bytes. */
  size: Scalars['Int']['output'];
  /** Training images it saw (zoo manifest). */
  trainSize: Maybe<Scalars['Int']['output']>;
  training: ModelTraining;
  /**
   * Dataset it was trained on.
   * @deprecated Use training.dataset.
   */
  trainingDataset: Maybe<Scalars['String']['output']>;
  /** Wall time of its training, seconds (zoo manifest). */
  trainingSeconds: Maybe<Scalars['Float']['output']>;
};

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
  depth: Maybe<Scalars['Int']['output']>;
  efficiency: Array<EfficiencyScore>;
  epochs: Array<EpochCell>;
  leaderboard: Array<LeaderboardEntry>;
  lr: Maybe<Scalars['Float']['output']>;
  target: Scalars['String']['output'];
};

/** One unit of work of a run. */
export type Trial = {
  __typename?: 'Trial';
  /** Times a worker took this trial. */
  attempts: Scalars['Int']['output'];
  config: Scalars['JSON']['output'];
  failureReason: Maybe<Scalars['String']['output']>;
  /** sha256 of the resolved config and plugin versions. */
  key: Scalars['String']['output'];
  ordinal: Scalars['Int']['output'];
  /** Fraction of this trial done in [0,1]: 1 once its result is stored; for a running trial, what its analysis last reported (epochs done / epochs); else 0. */
  progress: Scalars['Float']['output'];
  /** The running trial's last progress message (e.g. `epoch 3/20: test accuracy 81.2%`). */
  progressMessage: Maybe<Scalars['String']['output']>;
  result: Maybe<TrialResult>;
  status: TrialStatus;
  /** What the analysis declared the trial uses: models, datasets (with params), attacks. */
  uses: Scalars['JSON']['output'];
};

/** A run's trials by status (one grouped count, no trial rows fetched). */
export type TrialCounts = {
  __typename?: 'TrialCounts';
  cancelled: Scalars['Int']['output'];
  /** Result stored (status DONE). */
  completed: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  /** Waiting for a worker (status PENDING). */
  queued: Scalars['Int']['output'];
  running: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** A failed trial and why. */
export type TrialFailure = {
  __typename?: 'TrialFailure';
  attempts: Scalars['Int']['output'];
  config: Scalars['JSON']['output'];
  key: Scalars['String']['output'];
  ordinal: Scalars['Int']['output'];
  /** The analysis's error message, or how its worker was lost and after how many attempts. */
  reason: Scalars['String']['output'];
};

/** What a finished trial measured. */
export type TrialResult = {
  __typename?: 'TrialResult';
  createdAt: Scalars['String']['output'];
  /** The analysis's JSON details (per-example outcomes, rankings), when it keeps any. */
  details: Maybe<Scalars['JSON']['output']>;
  /** Named scalar metrics. */
  metrics: Scalars['JSON']['output'];
  pluginName: Scalars['String']['output'];
  pluginVersion: Scalars['String']['output'];
  /** The execution provider that ran the trial (cpu, cuda, webgpu). */
  provider: Maybe<Scalars['String']['output']>;
  /** One record per epoch, when the analysis reports one. */
  series: Maybe<Scalars['JSON']['output']>;
};

/** Where a trial is; DONE means its result is stored. */
export type TrialStatus = 'CANCELLED' | 'DONE' | 'FAILED' | 'PENDING' | 'RUNNING';

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

export type RunResultsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  baseline?: InputMaybe<Scalars['String']['input']>;
}>;

export type RunResultsQuery = {
  __typename?: 'Query';
  runResults: Array<{
    __typename?: 'TargetResults';
    target: string;
    depth: number | null;
    lr: number | null;
    accuracy: Array<{
      __typename?: 'AccuracyCell';
      source: string;
      n: number;
      mean: number;
      low: number | null;
      high: number | null;
      sd: number;
      seeds: number;
    }>;
    deltas: Array<{
      __typename?: 'DeltaCell';
      source: string;
      baseline: string;
      n: number;
      mean: number;
      pValue: number | null;
      seeds: number;
    }>;
  }>;
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
export const RunResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RunResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseline' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'runResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseline' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseline' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lr' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'accuracy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deltas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
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
} as unknown as DocumentNode<RunResultsQuery, RunResultsQueryVariables>;
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
