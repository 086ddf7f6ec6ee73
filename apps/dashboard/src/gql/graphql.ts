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

/** A registered analysis with what it produces and how to show it. */
export type AnalysisOutputsObject = {
  __typename?: 'AnalysisOutputsObject';
  analysis: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** JSON Schema of the options every table of the analysis takes (runTable's options); null: none. */
  optionsSchema: Maybe<Scalars['JSON']['output']>;
  /** The table `transferlab results` prints. */
  summaryTable: Maybe<Scalars['String']['output']>;
  /** Empty when the analysis declares no outputs (its runAggregate still answers). */
  tables: Array<OutputTableObject>;
  version: Scalars['String']['output'];
  views: Array<OutputViewObject>;
};

/** dimension: grouped or filtered by; measure: a number; interval: { mean, low, high, n }; image: { dataset, split, index }; picture: a PNG data URL the analysis made; model: a source model id; text. */
export type ColumnRole = 'dimension' | 'image' | 'interval' | 'measure' | 'model' | 'picture' | 'text';

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

/** One image across runs: every evidence view's rows for it, per run (newest first) and in each analysis's declaration order. */
export type ExampleEvidenceObject = {
  __typename?: 'ExampleEvidenceObject';
  /** Every evidence view of every run looked through (runs newest first, views in declaration order), with or without rows for the image: which runs cover the image, and which only partly. */
  coverage: Array<ExampleViewCoverageObject>;
  /** Only the views that hold rows for the image. */
  evidence: Array<ExampleViewEvidenceObject>;
  image: ExampleImageRefObject;
  /** Every model the rows' model columns name. */
  models: Array<ExampleModelObject>;
  /** Every evidence view of a registered analysis that a run can compute for one test image on request. */
  requests: Array<ExampleRequestObject>;
  /** Every run looked through, newest first. */
  runs: Array<ExampleRunObject>;
};

/** One analysis's evidence for an image. */
export type ExampleImageAnalysisObject = {
  __typename?: 'ExampleImageAnalysisObject';
  analysis: Scalars['String']['output'];
  /** Evidence rows for the image over those runs. */
  rows: Scalars['Int']['output'];
  /** Runs of the analysis with rows for the image. */
  runs: Scalars['Int']['output'];
};

/** An image with evidence, and which analyses hold it. */
export type ExampleImageObject = {
  __typename?: 'ExampleImageObject';
  /** By analysis name. */
  analyses: Array<ExampleImageAnalysisObject>;
  dataset: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  split: Scalars['String']['output'];
};

/** An image of a dataset split: the key every per-example output joins on. */
export type ExampleImageRefObject = {
  __typename?: 'ExampleImageRefObject';
  dataset: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  /** 'train' or 'test'. */
  split: Scalars['String']['output'];
};

/** Images present in the evidence views of the runs looked through, those with evidence from the most analyses first. */
export type ExampleImagesPageObject = {
  __typename?: 'ExampleImagesPageObject';
  /** Every dataset with evidence in these runs, sorted (for a picker). */
  datasets: Array<Scalars['String']['output']>;
  images: Array<ExampleImageObject>;
  /** Every run looked through, newest first. */
  runs: Array<ExampleRunObject>;
  skip: Scalars['Int']['output'];
  /** Images matching the dataset and split filters. */
  total: Scalars['Int']['output'];
};

/** A model named in the evidence rows, with the training its record states. */
export type ExampleModelObject = {
  __typename?: 'ExampleModelObject';
  id: Scalars['String']['output'];
  /** natural, adversarial, or 'unknown' for a model without a record. */
  training: Scalars['String']['output'];
};

/** An evidence view that a run of its analysis computes for one test image on request (the view's onRequest says how to make the run's params). */
export type ExampleRequestObject = {
  __typename?: 'ExampleRequestObject';
  analysis: Scalars['String']['output'];
  /** { label, params: { dataset, index, sources }, maxSources, reset, set } */
  onRequest: Scalars['JSON']['output'];
  /** The view's table. */
  table: Scalars['String']['output'];
  /** The view's title. */
  view: Scalars['String']['output'];
};

/** A run the per-example join looked through. */
export type ExampleRunObject = {
  __typename?: 'ExampleRunObject';
  analysis: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  /** Why the run gave no evidence (its analysis is gone, declares no evidence view, or a table failed). */
  problem: Maybe<Scalars['String']['output']>;
  /** Evidence rows of this run for the image (the index: for all its images). */
  rows: Scalars['Int']['output'];
  runId: Scalars['ID']['output'];
};

/** How one evidence view of one run covers the image: its rows for the image, and how many images of the image's dataset and split the view holds (a view that keeps fewer images than its run's others, such as heat maps of the first images only, covers the image partly). */
export type ExampleViewCoverageObject = {
  __typename?: 'ExampleViewCoverageObject';
  analysis: Scalars['String']['output'];
  /** Distinct images of the image's dataset and split that the view holds rows for. */
  images: Scalars['Int']['output'];
  /** Rows of the view for the image (0: the view does not cover it). */
  rows: Scalars['Int']['output'];
  runId: Scalars['ID']['output'];
  /** The view's table. */
  table: Scalars['String']['output'];
  /** The view's title. */
  view: Scalars['String']['output'];
};

/** One evidence view of one run: the rows of its table whose image column is the image. */
export type ExampleViewEvidenceObject = {
  __typename?: 'ExampleViewEvidenceObject';
  analysis: Scalars['String']['output'];
  /** Rows as objects keyed by column name; values follow each column's role. */
  rows: Array<Scalars['JSON']['output']>;
  runId: Scalars['ID']['output'];
  table: OutputTableObject;
  /** Rows for the image; at most the first 500 are returned. */
  total: Scalars['Int']['output'];
  /** The evidence view (its caption lists the columns it shows). */
  view: OutputViewObject;
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

/** Trial workers: this server's own engine processes (local queue), or a worker command (bullmq queue) that announced itself within the last 15 s. */
export type LiveWorker = {
  __typename?: 'LiveWorker';
  /** Trials it finished since it started. */
  completed: Scalars['Int']['output'];
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSeen: Scalars['String']['output'];
  /** true: this server's own engine processes (local queue); false: a worker command. */
  local: Scalars['Boolean']['output'];
  /** Engine processes replaced for their RSS over the recycle threshold since the worker started. */
  memoryRecycles: Scalars['Int']['output'];
  pid: Scalars['Int']['output'];
  /** Its engine processes with their memory; empty from a worker command that does not report it. */
  processes: Array<WorkerProcess>;
  /** Execution provider: the configured one until a trial reports the one it ran on. */
  provider: Scalars['String']['output'];
  /** TRANSFERLAB_WORKER_RECYCLE_MB: an engine process whose RSS is over this many MB after a trial is replaced; null: never. */
  recycleThresholdMb: Maybe<Scalars['Int']['output']>;
  /** Trials it runs at once. */
  slots: Scalars['Int']['output'];
  startedAt: Scalars['String']['output'];
  /** ONNX Runtime threads per trial process. */
  threads: Scalars['Int']['output'];
  trials: Array<LiveWorkerTrial>;
};

/** A trial a worker is running now. */
export type LiveWorkerTrial = {
  __typename?: 'LiveWorkerTrial';
  runId: Scalars['ID']['output'];
  trialKey: Scalars['String']['output'];
};

/** An analysis's figures for one model, from the latest run of it that has them. */
export type ModelFiguresObject = {
  __typename?: 'ModelFiguresObject';
  analysis: Scalars['String']['output'];
  /** The table's rows whose model column is this model. */
  rows: Array<Scalars['JSON']['output']>;
  runId: Scalars['ID']['output'];
  table: OutputTableObject;
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

/** A column of an analysis's output table. */
export type OutputColumnObject = {
  __typename?: 'OutputColumnObject';
  description: Maybe<Scalars['String']['output']>;
  /** share (0..1, shown as a percentage), count, pvalue, number, warning or class (a class number, shown by its name in the dataset of the row's first image column). */
  format: Maybe<Scalars['String']['output']>;
  label: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** How an empty (null) value reads where it means something (a depth of 'all layers'); null: a dash. */
  nullLabel: Maybe<Scalars['String']['output']>;
  role: ColumnRole;
};

/** A named table an analysis produces from its runs. */
export type OutputTableObject = {
  __typename?: 'OutputTableObject';
  columns: Array<OutputColumnObject>;
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 'run': computed from the run's rows. 'history': from the rows of the run and of the analysis's earlier runs (at most 200), so the latest run's table is the current figure. */
  scope: Scalars['String']['output'];
};

/** A view over one table; only the fields of its kind are set. */
export type OutputViewObject = {
  __typename?: 'OutputViewObject';
  /** gallery: columns under each image; evidence: columns shown for the example. */
  caption: Array<Scalars['String']['output']>;
  /** table: the columns shown, in order (empty: every column the facets do not fix). */
  columns: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Columns the page offers a picker for. */
  facets: Array<Scalars['String']['output']>;
  /** gallery: columns that split the images into strips, each headed by their values. */
  group: Array<Scalars['String']['output']>;
  /** gallery: columns the facets fix, drawn once above the images. */
  header: Array<Scalars['String']['output']>;
  /** gallery and evidence: the image column. */
  image: Maybe<Scalars['String']['output']>;
  kind: ViewKind;
  /** gallery: a column whose 'yes' outlines the image. */
  mark: Maybe<Scalars['String']['output']>;
  /** evidence: how a run of the analysis computes the view for one test image no run covers ({ label, params: { dataset, index, sources }, maxSources, reset, set }); null: it cannot. */
  onRequest: Maybe<Scalars['JSON']['output']>;
  /** table: the dimension whose values become columns (a wide table); null: none. */
  pivotColumns: Maybe<Scalars['String']['output']>;
  /** table: the columns spread over the values of pivotColumns. */
  pivotValues: Array<Scalars['String']['output']>;
  /** table: the column rows are ranked by. */
  rankBy: Maybe<Scalars['String']['output']>;
  /** table: asc or desc. */
  rankOrder: Maybe<Scalars['String']['output']>;
  /** series: the column that splits lines. */
  series: Maybe<Scalars['String']['output']>;
  table: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** series: the x column. */
  x: Maybe<Scalars['String']['output']>;
  /** series: linear or log2. */
  xScale: Maybe<Scalars['String']['output']>;
  /** series: the y column (a measure or an interval). */
  y: Maybe<Scalars['String']['output']>;
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
  /** Every registered analysis with its output tables and views, by name. */
  analyses: Array<AnalysisOutputsObject>;
  /** One analysis's output tables (typed columns) and views. */
  analysisOutputs: AnalysisOutputsObject;
  /** One dataset plugin by name. */
  dataset: Dataset;
  /** Every dataset plugin, by name; ask for `details` to load one. */
  datasets: Array<Dataset>;
  /** One image across runs: per run and per evidence view its analysis declares, the view, the table's columns and the rows whose image column is this image. */
  exampleEvidence: ExampleEvidenceObject;
  /** The images in the evidence views of the runs looked through, those with evidence from the most analyses first, with counts per analysis. */
  exampleImages: ExampleImagesPageObject;
  /** One source model by id. */
  model: SourceModel;
  /** Source model records by id: uploaded, from transferlab.config.json, and from the model plugins (the bundled zoo). */
  models: Array<SourceModel>;
  /** Registered plugins of one kind (all kinds when omitted), with their params JSON Schema. */
  plugins: Array<PluginInfo>;
  run: Run;
  /** The run's aggregate as its analysis computes it (any analysis), as JSON; null when the analysis defines none. */
  runAggregate: Maybe<Scalars['JSON']['output']>;
  /** A page of the run's stored result rows (config, metrics, series, details, provider), as JSON. */
  runRows: Array<Scalars['JSON']['output']>;
  /** A page of one of a run's output tables, filtered by column values. */
  runTable: TablePageObject;
  /** Runs, newest first. */
  runs: Array<Run>;
  /** Version, execution providers and registered plugins. */
  system: SystemInfo;
  /** Trial workers with the trials they run now and their engine processes' memory: this server's own processes (local queue), or the worker commands connected to its bullmq queue. */
  workers: Array<LiveWorker>;
};

export type QueryAnalysisOutputsArgs = {
  analysis: Scalars['String']['input'];
};

export type QueryDatasetArgs = {
  name: Scalars['String']['input'];
};

export type QueryExampleEvidenceArgs = {
  dataset: Scalars['String']['input'];
  index: Scalars['Int']['input'];
  runIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  split?: Scalars['String']['input'];
};

export type QueryExampleImagesArgs = {
  dataset?: InputMaybe<Scalars['String']['input']>;
  runIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  skip?: Scalars['Int']['input'];
  split?: InputMaybe<Scalars['String']['input']>;
  take?: Scalars['Int']['input'];
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

export type QueryRunRowsArgs = {
  runId: Scalars['ID']['input'];
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

export type QueryRunTableArgs = {
  facetChoices?: InputMaybe<Scalars['JSON']['input']>;
  facets?: InputMaybe<Array<Scalars['String']['input']>>;
  filter?: InputMaybe<Scalars['JSON']['input']>;
  options?: InputMaybe<Scalars['JSON']['input']>;
  runId: Scalars['ID']['input'];
  skip?: Scalars['Int']['input'];
  table: Scalars['String']['input'];
  take?: Scalars['Int']['input'];
};

export type QueryRunsArgs = {
  analysis?: InputMaybe<Scalars['String']['input']>;
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
  /** Set for a run imported from a run file (never executed here); null for a run started here. */
  imported: Maybe<RunImport>;
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

/** Where an imported run came from: the run file it was loaded from (`transferlab import`). */
export type RunImport = {
  __typename?: 'RunImport';
  /** When the file was exported (ISO-8601). */
  exportedAt: Scalars['String']['output'];
  /** When it was imported here (ISO-8601). */
  importedAt: Scalars['String']['output'];
  /** Version of the Transferlab server that exported it. */
  serverVersion: Scalars['String']['output'];
  /** sha256 of the run file (its `checksum` field, verified at import). */
  sourceChecksum: Scalars['String']['output'];
  /** The run id on the server that exported it. */
  sourceRunId: Scalars['String']['output'];
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
  /** What each analysis that declares model figures measured for this model, from its latest run that used it (empty: none yet). */
  figures: Array<ModelFiguresObject>;
  /** True when the engine cannot derive gradients through the model (see gradientProblem): logits, features and head fine-tuning work; attacks and saliency are refused. */
  forwardOnly: Scalars['Boolean']['output'];
  /** Why gradients cannot flow through the model, naming the node (the import's gradient probe), or null. */
  gradientProblem: Maybe<Scalars['String']['output']>;
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

/** The distinct values of a filterable column over the whole table (for pickers). */
export type TableFacetObject = {
  __typename?: 'TableFacetObject';
  column: Scalars['String']['output'];
  /** Sorted; at most 500. */
  values: Array<Scalars['JSON']['output']>;
};

/** A page of one of a run's output tables, after the filter. */
export type TablePageObject = {
  __typename?: 'TablePageObject';
  analysis: Scalars['String']['output'];
  /** The distinct values of each column asked for in `facets`, before the filter; with facetChoices, each listed facet narrowed by the choices before it. */
  facets: Array<TableFacetObject>;
  /** Rows as objects keyed by column name; values follow each column's role. */
  rows: Array<Scalars['JSON']['output']>;
  runId: Scalars['ID']['output'];
  skip: Scalars['Int']['output'];
  table: OutputTableObject;
  /** Rows matching the filter. */
  total: Scalars['Int']['output'];
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

/** How the dashboard draws a table: ranked table, series with bands, image gallery, per-example evidence. */
export type ViewKind = 'evidence' | 'gallery' | 'series' | 'table';

/** One engine process of a worker (one per slot): its memory as last measured. */
export type WorkerProcess = {
  __typename?: 'WorkerProcess';
  /** Whether it runs a trial now. */
  busy: Scalars['Boolean']['output'];
  /** Bytes held by the process's byte-budgeted caches (decoded datasets, prefix features, ONNX Runtime sessions); null where not reported. */
  cacheBytes: Maybe<Scalars['Float']['output']>;
  /** V8 heap in use in bytes, as the process last reported it (every 2 s while its event loop is free, and after each trial). */
  heapUsedBytes: Maybe<Scalars['Float']['output']>;
  pid: Scalars['Int']['output'];
  /** When it last reported its memory. */
  reportedAt: Maybe<Scalars['String']['output']>;
  /** Resident set size in bytes (read from /proc on Linux, else its last report); null before any measure. */
  rssBytes: Maybe<Scalars['Float']['output']>;
  startedAt: Scalars['String']['output'];
};

export type AnalysesNavQueryVariables = Exact<{ [key: string]: never }>;

export type AnalysesNavQuery = {
  __typename?: 'Query';
  analyses: Array<{ __typename?: 'AnalysisOutputsObject'; analysis: string; description: string }>;
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
    optionsSchema: unknown | null;
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
        nullLabel: string | null;
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
      columns: Array<string>;
      pivotColumns: string | null;
      pivotValues: Array<string>;
      x: string | null;
      y: string | null;
      series: string | null;
      xScale: string | null;
      image: string | null;
      caption: Array<string>;
      group: Array<string>;
      header: Array<string>;
      mark: string | null;
    }>;
  };
};

export type AnalysisRunsQueryVariables = Exact<{
  analysis: Scalars['String']['input'];
  take: Scalars['Int']['input'];
}>;

export type AnalysisRunsQuery = {
  __typename?: 'Query';
  runs: Array<{
    __typename?: 'Run';
    id: string;
    analysis: string;
    status: RunStatus;
    createdAt: string;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    progress: number;
    imported: {
      __typename?: 'RunImport';
      sourceChecksum: string;
      sourceRunId: string;
      exportedAt: string;
      serverVersion: string;
    } | null;
  }>;
};

export type RunTableQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  filter?: InputMaybe<Scalars['JSON']['input']>;
  options?: InputMaybe<Scalars['JSON']['input']>;
  facets?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  facetChoices?: InputMaybe<Scalars['JSON']['input']>;
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
}>;

export type RunTableQuery = {
  __typename?: 'Query';
  runTable: {
    __typename?: 'TablePageObject';
    total: number;
    skip: number;
    rows: Array<unknown>;
    facets: Array<{ __typename?: 'TableFacetObject'; column: string; values: Array<unknown> }>;
  };
};

export type ModelFiguresFragment = {
  __typename?: 'SourceModel';
  id: string;
  figures: Array<{
    __typename?: 'ModelFiguresObject';
    analysis: string;
    runId: string;
    rows: Array<unknown>;
    table: {
      __typename?: 'OutputTableObject';
      name: string;
      columns: Array<{
        __typename?: 'OutputColumnObject';
        name: string;
        role: ColumnRole;
        label: string | null;
        description: string | null;
        format: string | null;
      }>;
    };
  }>;
};

export type CatalogModelsQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogModelsQuery = {
  __typename?: 'Query';
  models: Array<{
    __typename?: 'SourceModel';
    id: string;
    name: string;
    origin: string;
    architecture: string;
    parameterCount: number | null;
    numClasses: number;
    trainSize: number | null;
    cleanAccuracy: number | null;
    robustCount: number | null;
    runCount: number;
    forwardOnly: boolean;
    gradientProblem: string | null;
    training: {
      __typename?: 'ModelTraining';
      kind: string;
      attack: string | null;
      norm: string | null;
      eps: number | null;
      epsLabel: string | null;
      recipe: string | null;
      dataset: string | null;
    };
    robustAccuracy: Array<{
      __typename?: 'RobustAccuracy';
      norm: string;
      eps: number;
      epsLabel: string;
      accuracy: number;
    }>;
    figures: Array<{
      __typename?: 'ModelFiguresObject';
      analysis: string;
      runId: string;
      rows: Array<unknown>;
      table: {
        __typename?: 'OutputTableObject';
        name: string;
        columns: Array<{
          __typename?: 'OutputColumnObject';
          name: string;
          role: ColumnRole;
          label: string | null;
          description: string | null;
          format: string | null;
        }>;
      };
    }>;
  }>;
};

export type CatalogDatasetsQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogDatasetsQuery = {
  __typename?: 'Query';
  datasets: Array<{
    __typename?: 'Dataset';
    name: string;
    version: string;
    description: string;
    origin: string;
  }>;
};

export type CatalogDatasetQueryVariables = Exact<{
  name: Scalars['String']['input'];
  thumbnails: Scalars['Int']['input'];
}>;

export type CatalogDatasetQuery = {
  __typename?: 'Query';
  dataset: {
    __typename?: 'Dataset';
    name: string;
    loadError: string | null;
    details: {
      __typename?: 'DatasetDetails';
      trainSize: number;
      testSize: number;
      classes: Array<string>;
      imageShape: { __typename?: 'ImageShape'; channels: number; height: number; width: number };
      thumbnails: Array<{
        __typename?: 'DatasetThumbnail';
        index: number;
        label: number;
        className: string;
        url: string;
      }>;
    } | null;
  };
};

export type CatalogPluginsQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogPluginsQuery = {
  __typename?: 'Query';
  plugins: Array<{
    __typename?: 'PluginInfo';
    kind: PluginKind;
    name: string;
    version: string;
    description: string;
    origin: string;
  }>;
};

export type ImportModelMutationVariables = Exact<{
  input: ImportModelInput;
}>;

export type ImportModelMutation = {
  __typename?: 'Mutation';
  importModel: {
    __typename?: 'SourceModel';
    id: string;
    name: string;
    origin: string;
    architecture: string;
    numClasses: number;
    checksum: string;
    size: number;
    featureTensor: string;
    blocks: Array<string>;
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

export type DatasetClassesQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;

export type DatasetClassesQuery = {
  __typename?: 'Query';
  dataset: {
    __typename?: 'Dataset';
    name: string;
    details: { __typename?: 'DatasetDetails'; classes: Array<string> } | null;
  };
};

export type ExampleEvidenceQueryVariables = Exact<{
  dataset: Scalars['String']['input'];
  split: Scalars['String']['input'];
  index: Scalars['Int']['input'];
  runIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;

export type ExampleEvidenceQuery = {
  __typename?: 'Query';
  exampleEvidence: {
    __typename?: 'ExampleEvidenceObject';
    image: { __typename?: 'ExampleImageRefObject'; dataset: string; split: string; index: number };
    runs: Array<{
      __typename?: 'ExampleRunObject';
      runId: string;
      analysis: string;
      createdAt: string;
      rows: number;
      problem: string | null;
    }>;
    evidence: Array<{
      __typename?: 'ExampleViewEvidenceObject';
      runId: string;
      analysis: string;
      total: number;
      rows: Array<unknown>;
      view: {
        __typename?: 'OutputViewObject';
        kind: ViewKind;
        title: string;
        table: string;
        description: string | null;
        image: string | null;
        caption: Array<string>;
      };
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
          nullLabel: string | null;
        }>;
      };
    }>;
    coverage: Array<{
      __typename?: 'ExampleViewCoverageObject';
      runId: string;
      analysis: string;
      view: string;
      table: string;
      rows: number;
      images: number;
    }>;
    requests: Array<{
      __typename?: 'ExampleRequestObject';
      analysis: string;
      view: string;
      table: string;
      onRequest: unknown;
    }>;
    models: Array<{ __typename?: 'ExampleModelObject'; id: string; training: string }>;
  };
};

export type ExampleRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ExampleRunQuery = {
  __typename?: 'Query';
  run: {
    __typename?: 'Run';
    id: string;
    analysis: string;
    status: RunStatus;
    error: string | null;
    params: unknown;
    progress: number;
  };
};

export type ExampleImagesQueryVariables = Exact<{
  dataset?: InputMaybe<Scalars['String']['input']>;
  split?: InputMaybe<Scalars['String']['input']>;
  runIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  take: Scalars['Int']['input'];
  skip: Scalars['Int']['input'];
}>;

export type ExampleImagesQuery = {
  __typename?: 'Query';
  exampleImages: {
    __typename?: 'ExampleImagesPageObject';
    total: number;
    skip: number;
    datasets: Array<string>;
    images: Array<{
      __typename?: 'ExampleImageObject';
      dataset: string;
      split: string;
      index: number;
      analyses: Array<{
        __typename?: 'ExampleImageAnalysisObject';
        analysis: string;
        runs: number;
        rows: number;
      }>;
    }>;
    runs: Array<{
      __typename?: 'ExampleRunObject';
      runId: string;
      analysis: string;
      createdAt: string;
      rows: number;
      problem: string | null;
    }>;
  };
};

export type HomeAnalysesQueryVariables = Exact<{ [key: string]: never }>;

export type HomeAnalysesQuery = {
  __typename?: 'Query';
  analyses: Array<{
    __typename?: 'AnalysisOutputsObject';
    analysis: string;
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
        nullLabel: string | null;
      }>;
    }>;
  }>;
};

export type ResultsRunsQueryVariables = Exact<{
  take: Scalars['Int']['input'];
}>;

export type ResultsRunsQuery = {
  __typename?: 'Query';
  runs: Array<{
    __typename?: 'Run';
    id: string;
    analysis: string;
    status: RunStatus;
    createdAt: string;
    trialCount: number;
    completedCount: number;
    failedCount: number;
    progress: number;
    imported: {
      __typename?: 'RunImport';
      sourceChecksum: string;
      sourceRunId: string;
      exportedAt: string;
      serverVersion: string;
    } | null;
  }>;
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
    finishedAt: string | null;
    progress: number;
    imported: {
      __typename?: 'RunImport';
      sourceChecksum: string;
      sourceRunId: string;
      exportedAt: string;
      serverVersion: string;
    } | null;
    trialCounts: {
      __typename?: 'TrialCounts';
      total: number;
      completed: number;
      failed: number;
      running: number;
    };
  }>;
};

export type RunDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  failures: Scalars['Int']['input'];
  running: Scalars['Int']['input'];
}>;

export type RunDetailQuery = {
  __typename?: 'Query';
  run: {
    __typename?: 'Run';
    id: string;
    analysis: string;
    analysisVersion: string;
    status: RunStatus;
    createdAt: string;
    finishedAt: string | null;
    error: string | null;
    params: unknown;
    progress: number;
    imported: {
      __typename?: 'RunImport';
      sourceChecksum: string;
      sourceRunId: string;
      exportedAt: string;
      serverVersion: string;
      importedAt: string;
    } | null;
    trialCounts: {
      __typename?: 'TrialCounts';
      total: number;
      queued: number;
      running: number;
      completed: number;
      failed: number;
      cancelled: number;
    };
    failures: Array<{
      __typename?: 'TrialFailure';
      key: string;
      ordinal: number;
      config: unknown;
      attempts: number;
      reason: string;
    }>;
    runningTrials: Array<{
      __typename?: 'Trial';
      key: string;
      ordinal: number;
      config: unknown;
      progress: number;
      progressMessage: string | null;
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
  input: StartRunInput;
}>;

export type StartRunMutation = { __typename?: 'Mutation'; startRun: { __typename?: 'Run'; id: string } };

export type AnalysisPluginsQueryVariables = Exact<{ [key: string]: never }>;

export type AnalysisPluginsQuery = {
  __typename?: 'Query';
  plugins: Array<{
    __typename?: 'PluginInfo';
    name: string;
    version: string;
    description: string;
    paramsSchema: unknown;
  }>;
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

export type WorkersQueryVariables = Exact<{ [key: string]: never }>;

export type WorkersQuery = {
  __typename?: 'Query';
  workers: Array<{
    __typename?: 'LiveWorker';
    id: string;
    host: string;
    pid: number;
    provider: string;
    threads: number;
    slots: number;
    completed: number;
    startedAt: string;
    lastSeen: string;
    local: boolean;
    recycleThresholdMb: number | null;
    memoryRecycles: number;
    trials: Array<{ __typename?: 'LiveWorkerTrial'; runId: string; trialKey: string }>;
    processes: Array<{
      __typename?: 'WorkerProcess';
      pid: number;
      rssBytes: number | null;
      heapUsedBytes: number | null;
      cacheBytes: number | null;
      busy: boolean;
    }>;
  }>;
};

export const ModelFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'table' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModelFiguresFragment, unknown>;
export const AnalysesNavDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalysesNav' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analyses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysesNavQuery, AnalysesNavQueryVariables>;
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summaryTable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionsSchema' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tables' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'nullLabel' } },
                          ],
                        },
                      },
                    ],
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
                      { kind: 'Field', name: { kind: 'Name', value: 'columns' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pivotColumns' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pivotValues' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'x' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'y' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'series' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'xScale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'header' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mark' } },
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
} as unknown as DocumentNode<AnalysisOutputsQuery, AnalysisOutputsQueryVariables>;
export const AnalysisRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalysisRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
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
                name: { kind: 'Name', value: 'analysis' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'analysis' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'IntValue', value: '0' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
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
  ],
} as unknown as DocumentNode<AnalysisRunsQuery, AnalysisRunsQueryVariables>;
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'facetChoices' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
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
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'options' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'options' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'facets' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'facets' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'facetChoices' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'facetChoices' } },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RunTableQuery, RunTableQueryVariables>;
export const CatalogModelsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogModels' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'models' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'architecture' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parameterCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'numClasses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trainSize' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cleanAccuracy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'robustCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forwardOnly' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gradientProblem' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'epsLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipe' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'robustAccuracy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'epsLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accuracy' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ModelFigures' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'table' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogModelsQuery, CatalogModelsQueryVariables>;
export const CatalogDatasetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogDatasets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'datasets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogDatasetsQuery, CatalogDatasetsQueryVariables>;
export const CatalogDatasetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogDataset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'thumbnails' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loadError' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'details' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'trainSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testSize' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'classes' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'imageShape' },
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
                        name: { kind: 'Name', value: 'thumbnails' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'count' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'thumbnails' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'className' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
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
      },
    },
  ],
} as unknown as DocumentNode<CatalogDatasetQuery, CatalogDatasetQueryVariables>;
export const CatalogPluginsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogPlugins' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogPluginsQuery, CatalogPluginsQueryVariables>;
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'architecture' } },
                { kind: 'Field', name: { kind: 'Name', value: 'numClasses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checksum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'featureTensor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blocks' } },
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
      },
    },
  ],
} as unknown as DocumentNode<ImportModelMutation, ImportModelMutationVariables>;
export const DatasetClassesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DatasetClasses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'details' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'classes' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DatasetClassesQuery, DatasetClassesQueryVariables>;
export const ExampleEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExampleEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'split' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'index' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exampleEvidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dataset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'split' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'split' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'index' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'index' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'image' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'split' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'runs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'problem' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'view' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caption' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'table' },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'nullLabel' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'view' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'images' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requests' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'view' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'table' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'onRequest' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'models' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'training' } },
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
} as unknown as DocumentNode<ExampleEvidenceQuery, ExampleEvidenceQueryVariables>;
export const ExampleRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExampleRun' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'params' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExampleRunQuery, ExampleRunQueryVariables>;
export const ExampleImagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExampleImages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'split' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
            name: { kind: 'Name', value: 'exampleImages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dataset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'split' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'split' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runIds' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skip' } },
                { kind: 'Field', name: { kind: 'Name', value: 'datasets' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'images' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'split' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'analyses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'runs' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'runs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'problem' } },
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
} as unknown as DocumentNode<ExampleImagesQuery, ExampleImagesQueryVariables>;
export const HomeAnalysesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeAnalyses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'analyses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summaryTable' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tables' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'nullLabel' } },
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
      },
    },
  ],
} as unknown as DocumentNode<HomeAnalysesQuery, HomeAnalysesQueryVariables>;
export const ResultsRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ResultsRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
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
                value: { kind: 'IntValue', value: '0' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trialCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
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
  ],
} as unknown as DocumentNode<ResultsRunsQuery, ResultsRunsQueryVariables>;
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
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trialCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'running' } },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'failures' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'running' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'analysisVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'params' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'importedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trialCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'running' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
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
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'failures' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'config' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'runningTrials' },
                  name: { kind: 'Name', value: 'trials' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'RUNNING' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'take' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'running' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ordinal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'config' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'progressMessage' } },
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
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartRunMutation, StartRunMutationVariables>;
export const AnalysisPluginsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalysisPlugins' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plugins' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'EnumValue', value: 'ANALYSIS' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
} as unknown as DocumentNode<AnalysisPluginsQuery, AnalysisPluginsQueryVariables>;
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
export const WorkersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Workers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threads' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slots' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeen' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trials' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trialKey' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'local' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recycleThresholdMb' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryRecycles' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'processes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'pid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rssBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heapUsedBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cacheBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'busy' } },
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
} as unknown as DocumentNode<WorkersQuery, WorkersQueryVariables>;
