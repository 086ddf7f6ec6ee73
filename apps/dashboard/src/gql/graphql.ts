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

/** A registered analysis with what it produces and how to show it. */
export type AnalysisOutputsObject = {
  __typename?: 'AnalysisOutputsObject';
  analysis: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The table `transferlab results` prints. */
  summaryTable: Maybe<Scalars['String']['output']>;
  /** Empty when the analysis declares no outputs (its runAggregate still answers). */
  tables: Array<OutputTableObject>;
  version: Scalars['String']['output'];
  views: Array<OutputViewObject>;
};

/** Robust accuracy under one attack (each attack of a run is its own trial, on every image). */
export type AttackAccuracy = {
  __typename?: 'AttackAccuracy';
  accuracy: RobustnessInterval;
  attack: Scalars['String']['output'];
};

/** dimension: grouped or filtered by; measure: a number; interval: { mean, low, high, n }; image: { dataset, split, index }; picture: a PNG data URL the analysis made; model: a source model id; text. */
export type ColumnRole = 'dimension' | 'image' | 'interval' | 'measure' | 'model' | 'picture' | 'text';

/** Robust accuracy after one component of an ensemble attack, cumulative in AutoAttack's order. */
export type ComponentAccuracy = {
  __typename?: 'ComponentAccuracy';
  accuracy: RobustnessInterval;
  /** The ensemble. */
  attack: Scalars['String']['output'];
  /** The component (apgd-ce, apgd-t, fab-t, square). */
  component: Scalars['String']['output'];
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

/** One test image across analyses: saliency, robustness, influence and transfer evidence per source. */
export type ExampleEvidence = {
  __typename?: 'ExampleEvidence';
  dataset: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  label: Maybe<Scalars['Int']['output']>;
  /** Runs that hold nothing for this image, and why. */
  notes: Array<Scalars['String']['output']>;
  sources: Array<ExampleSource>;
};

/** Which training images drove the fine-tuned prediction. */
export type ExampleInfluence = {
  __typename?: 'ExampleInfluence';
  depth: Scalars['Int']['output'];
  harmful: Array<ExampleTrainImage>;
  helpful: Array<ExampleTrainImage>;
  n: Scalars['Int']['output'];
  predicted: Scalars['Int']['output'];
  runId: Scalars['ID']['output'];
  seed: Scalars['Int']['output'];
};

export type ExampleMap = {
  __typename?: 'ExampleMap';
  kind: Scalars['String']['output'];
  /** data: URL of an RGBA PNG heat map. */
  url: Scalars['String']['output'];
};

/** How easily the source is fooled on this image. */
export type ExampleRobustness = {
  __typename?: 'ExampleRobustness';
  attack: Scalars['String']['output'];
  /** Largest eps tried. */
  maxEps: Scalars['Float']['output'];
  /** Smallest eps of the grid that fools it (0: misclassified clean; null: robust at every eps). */
  minEps: Maybe<Scalars['Float']['output']>;
  /** The attack (ensemble component) that fooled it there. */
  minEpsAttack: Maybe<Scalars['String']['output']>;
  norm: Scalars['String']['output'];
  runId: Scalars['ID']['output'];
  seed: Scalars['Int']['output'];
};

/** What the source (or its transferred model) looks at on this image. */
export type ExampleSaliency = {
  __typename?: 'ExampleSaliency';
  maps: Array<ExampleMap>;
  predicted: Scalars['Int']['output'];
  runId: Scalars['ID']['output'];
  scores: Array<ExampleScore>;
  setting: Scalars['String']['output'];
};

export type ExampleScore = {
  __typename?: 'ExampleScore';
  method: Scalars['String']['output'];
  ratio: Maybe<Scalars['Float']['output']>;
};

export type ExampleSource = {
  __typename?: 'ExampleSource';
  influence: Array<ExampleInfluence>;
  /** Whether the source's name marks it natural (the contrast's baseline). */
  natural: Scalars['Boolean']['output'];
  robustness: Array<ExampleRobustness>;
  saliency: Array<ExampleSaliency>;
  source: Scalars['String']['output'];
  transfer: Array<ExampleTransfer>;
};

export type ExampleTrainImage = {
  __typename?: 'ExampleTrainImage';
  index: Scalars['Int']['output'];
  label: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
};

/** Whether the transferred model classifies the image correctly. */
export type ExampleTransfer = {
  __typename?: 'ExampleTransfer';
  correct: Scalars['Boolean']['output'];
  depth: Scalars['Int']['output'];
  n: Scalars['Int']['output'];
  runId: Scalars['ID']['output'];
  seed: Scalars['Int']['output'];
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

/** Source minus baseline of one summary figure, paired by seed, with a paired t-test. */
export type InfluenceDelta = {
  __typename?: 'InfluenceDelta';
  baseline: Scalars['String']['output'];
  high: Maybe<Scalars['Float']['output']>;
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** top1Match, top5AtLeast3, trainTop1Match or trainTop5AtLeast3. */
  metric: Scalars['String']['output'];
  pValue: Maybe<Scalars['Float']['output']>;
  seeds: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** One test image under one source and seed: its most helpful and most harmful training images (the reference study's Figure 5). */
export type InfluenceExample = {
  __typename?: 'InfluenceExample';
  /** Most harmful first. */
  harmful: Array<InfluenceImage>;
  /** Most helpful first. */
  helpful: Array<InfluenceImage>;
  label: Scalars['Int']['output'];
  /** The fine-tuned model's prediction. */
  predicted: Maybe<Scalars['Int']['output']>;
  seed: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  /** Test-split index. */
  testIndex: Scalars['Int']['output'];
};

/** A training image of the target (train-split index) with its influence score on a test image (positive = helpful). */
export type InfluenceImage = {
  __typename?: 'InfluenceImage';
  index: Scalars['Int']['output'];
  label: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
};

/** Mean over seeds with its 95% Student-t interval (null bounds with one seed). */
export type InfluenceInterval = {
  __typename?: 'InfluenceInterval';
  high: Maybe<Scalars['Float']['output']>;
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** Sample standard deviation over seeds. */
  sd: Scalars['Float']['output'];
  seeds: Scalars['Int']['output'];
};

/** The share of targets whose k-th most helpful training image has their class (that image alone, not cumulative). */
export type InfluenceRankPoint = {
  __typename?: 'InfluenceRankPoint';
  rank: Scalars['Int']['output'];
  share: InfluenceInterval;
};

/** An influence run's class-match figures per setting and source, with deltas against a baseline source. */
export type InfluenceResults = {
  __typename?: 'InfluenceResults';
  settings: Array<InfluenceSetting>;
};

/** One target, fine-tuning depth and training-set size n. */
export type InfluenceSetting = {
  __typename?: 'InfluenceSetting';
  deltas: Array<InfluenceDelta>;
  depth: Scalars['Int']['output'];
  n: Scalars['Int']['output'];
  sources: Array<InfluenceSourceSummary>;
  /** The target as the run names it (a dataset plugin or a view). */
  target: Scalars['String']['output'];
  /** Test-split indices of the stratified test subset (the same for every source and seed). */
  testIndices: Array<Scalars['Int']['output']>;
};

/** One source under one setting: class-match figures over seeds (the reference study’s Figure 6 and its summary numbers). */
export type InfluenceSourceSummary = {
  __typename?: 'InfluenceSourceSummary';
  /** Relative eigenvalue cutoff (rcond) of the pseudo-inverse; null when damping was used instead. */
  cutoff: Maybe<Scalars['Float']['output']>;
  /** Test targets, rank 1..K. */
  matchByRank: Array<InfluenceRankPoint>;
  /** Eigenpairs kept above the cutoff (rounded mean over seeds); null with damping. */
  rank: Maybe<Scalars['Int']['output']>;
  /** 'exact' (pseudo-inverse of the explicit Hessian) or 'scalable' (matrix-free); 'mixed' when seeds differ. */
  solver: Scalars['String']['output'];
  source: Scalars['String']['output'];
  /** Test targets: the top-1 helpful training image has the test image's class. */
  top1Match: InfluenceInterval;
  /** Test targets: at least 3 of the top 5 helpful training images match its class. */
  top5AtLeast3: InfluenceInterval;
  /** Training targets, rank 1..K. */
  trainMatchByRank: Array<InfluenceRankPoint>;
  /** Training images as targets (the image itself excluded): top-1 match. */
  trainTop1Match: InfluenceInterval;
  /** Training images as targets (the image itself excluded): at least 3 of the top 5 match. */
  trainTop5AtLeast3: InfluenceInterval;
};

/** A source's place at one data budget, by mean test accuracy. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  mean: Scalars['Float']['output'];
  n: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** A worker command (bullmq queue) that announced itself within the last 15 s. */
export type LiveWorker = {
  __typename?: 'LiveWorker';
  /** Trials it finished since it started. */
  completed: Scalars['Int']['output'];
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSeen: Scalars['String']['output'];
  pid: Scalars['Int']['output'];
  /** Execution provider: the configured one until a trial reports the one it ran on. */
  provider: Scalars['String']['output'];
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

/** A source's robust accuracy as measured by the latest robustness run that evaluated it. */
export type MeasuredRobustness = {
  __typename?: 'MeasuredRobustness';
  /** Worst case over the run's attacks, mean over seeds. */
  accuracy: Scalars['Float']['output'];
  /** The attacks it was measured with. */
  attacks: Array<Scalars['String']['output']>;
  clean: Scalars['Float']['output'];
  dataset: Scalars['String']['output'];
  eps: Scalars['Float']['output'];
  flags: Array<Scalars['String']['output']>;
  norm: Scalars['String']['output'];
  runId: Scalars['ID']['output'];
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
  /** share (0..1, shown as a percentage), count, pvalue or number. */
  format: Maybe<Scalars['String']['output']>;
  label: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: ColumnRole;
};

/** A named table an analysis produces from its runs. */
export type OutputTableObject = {
  __typename?: 'OutputTableObject';
  columns: Array<OutputColumnObject>;
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** A view over one table; only the fields of its kind are set. */
export type OutputViewObject = {
  __typename?: 'OutputViewObject';
  /** gallery: columns under each image; evidence: columns shown for the example. */
  caption: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Columns the page offers a picker for. */
  facets: Array<Scalars['String']['output']>;
  /** gallery and evidence: the image column. */
  image: Maybe<Scalars['String']['output']>;
  kind: ViewKind;
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
  /** One test image across runs: per source its saliency maps, smallest fooling eps, top helpful and harmful training images, and transferred-model correctness per n. */
  exampleEvidence: ExampleEvidence;
  /** One test image's most helpful and most harmful training images, one entry per source (the seed's trials). */
  influenceExample: Array<InfluenceExample>;
  /** An influence run: class-match curves and summary figures per setting and source, with deltas against a baseline source. */
  influenceResults: InfluenceResults;
  /** One source model by id. */
  model: SourceModel;
  /** Source model records by id: uploaded, from transferlab.config.json, and from the model plugins (the bundled zoo). */
  models: Array<SourceModel>;
  /** Registered plugins of one kind (all kinds when omitted), with their params JSON Schema. */
  plugins: Array<PluginInfo>;
  /** A robustness run: leaderboards per dataset and threat model, accuracy-vs-eps curves, failed reliability checks. */
  robustnessResults: RobustnessResults;
  run: Run;
  /** The run's aggregate as its analysis computes it (any analysis), as JSON; null when the analysis defines none. */
  runAggregate: Maybe<Scalars['JSON']['output']>;
  /** Aggregated results of a run, per target and setting. */
  runResults: Array<TargetResults>;
  /** A page of the run's stored result rows (config, metrics, series, details, provider), as JSON. */
  runRows: Array<Scalars['JSON']['output']>;
  /** A page of one of a run's output tables, filtered by column values. */
  runTable: TablePageObject;
  /** Runs, newest first. */
  runs: Array<Run>;
  /** Images where a robust source and the natural one differ most in alignment. */
  saliencyDisagreements: Array<SaliencyDisagreement>;
  /** A page of a saliency run’s grid: rows = images, columns = sources, each cell a heat map and its alignment score. */
  saliencyGrid: SaliencyGrid;
  /** A saliency run: mean alignment per source with 95% intervals, per dataset, setting and method, with deltas against a baseline source. */
  saliencyResults: SaliencyResults;
  /** Version, execution providers and registered plugins. */
  system: SystemInfo;
  /** Worker commands connected to this server's queue (bullmq), with the trials they run now; empty with the local queue. */
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
  runIds: Array<Scalars['ID']['input']>;
};

export type QueryInfluenceExampleArgs = {
  depth: Scalars['Int']['input'];
  n: Scalars['Int']['input'];
  runId: Scalars['ID']['input'];
  seed?: InputMaybe<Scalars['Int']['input']>;
  take?: Scalars['Int']['input'];
  target: Scalars['String']['input'];
  testIndex: Scalars['Int']['input'];
};

export type QueryInfluenceResultsArgs = {
  baseline?: InputMaybe<Scalars['String']['input']>;
  runId: Scalars['ID']['input'];
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

export type QueryRobustnessResultsArgs = {
  runId: Scalars['ID']['input'];
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

export type QueryRunTableArgs = {
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

export type QuerySaliencyDisagreementsArgs = {
  baseline?: InputMaybe<Scalars['String']['input']>;
  dataset: Scalars['String']['input'];
  method?: Scalars['String']['input'];
  runId: Scalars['ID']['input'];
  take?: Scalars['Int']['input'];
};

export type QuerySaliencyGridArgs = {
  dataset: Scalars['String']['input'];
  kind?: Scalars['String']['input'];
  runId: Scalars['ID']['input'];
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

export type QuerySaliencyResultsArgs = {
  baseline?: InputMaybe<Scalars['String']['input']>;
  runId: Scalars['ID']['input'];
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

/** A leaderboard: one dataset and threat model (norm, eps). */
export type RobustnessBoard = {
  __typename?: 'RobustnessBoard';
  /** Attacks of the run under this norm (column order). */
  attacks: Array<Scalars['String']['output']>;
  dataset: Scalars['String']['output'];
  eps: Scalars['Float']['output'];
  norm: Scalars['String']['output'];
  /** Highest worst-case accuracy first. */
  rows: Array<RobustnessRow>;
};

/** Robust accuracy against eps for one source, dataset, norm and attack. */
export type RobustnessCurve = {
  __typename?: 'RobustnessCurve';
  /** An attack, or 'worst-case' (per image over every attack of the run). */
  attack: Scalars['String']['output'];
  /** Area under the curve from eps 0 to the largest eps, divided by it (accuracy units). */
  auc: RobustnessInterval;
  /** The curve at eps 0. */
  clean: RobustnessInterval;
  dataset: Scalars['String']['output'];
  norm: Scalars['String']['output'];
  points: Array<RobustnessCurvePoint>;
  source: Scalars['String']['output'];
};

export type RobustnessCurvePoint = {
  __typename?: 'RobustnessCurvePoint';
  accuracy: RobustnessInterval;
  eps: Scalars['Float']['output'];
};

/** A failed reliability check of one trial (or across the attacks of one source and seed). */
export type RobustnessFlag = {
  __typename?: 'RobustnessFlag';
  /** The attack whose trial raised it; 'all' for a check across attacks; 'worst-case' for the worst case's curve. */
  attack: Scalars['String']['output'];
  dataset: Scalars['String']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  norm: Scalars['String']['output'];
  seed: Scalars['Int']['output'];
  source: Scalars['String']['output'];
};

/** Mean accuracy over seeds with its 95% Student-t interval (null bounds with one seed). */
export type RobustnessInterval = {
  __typename?: 'RobustnessInterval';
  high: Maybe<Scalars['Float']['output']>;
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** Sample standard deviation over seeds. */
  sd: Scalars['Float']['output'];
  seeds: Scalars['Int']['output'];
};

/** A robustness run's leaderboards, curves and failed checks. */
export type RobustnessResults = {
  __typename?: 'RobustnessResults';
  boards: Array<RobustnessBoard>;
  curves: Array<RobustnessCurve>;
  flags: Array<RobustnessFlag>;
};

/** One source under one threat model, as a RobustBench leaderboard row. */
export type RobustnessRow = {
  __typename?: 'RobustnessRow';
  attacks: Array<AttackAccuracy>;
  /** Accuracy on the unattacked subset. */
  clean: RobustnessInterval;
  components: Array<ComponentAccuracy>;
  /** Per image the worst case over every attack of the run: robust only if none fooled it. */
  ensemble: RobustnessInterval;
  /** Names of failed reliability checks (e.g. zero-gradients, black-box-beats-white-box): the evaluation is potentially unreliable. */
  flags: Array<Scalars['String']['output']>;
  /** The model's own recorded robust accuracy at this threat model (zoo manifest), when it has one. */
  manifest: Maybe<Scalars['Float']['output']>;
  /** (forward + backward) image passes per image of the subset, mean over the trials. */
  passesPerImage: Scalars['Float']['output'];
  source: Scalars['String']['output'];
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

/** One source on one image: its prediction, alignment score and heat map. */
export type SaliencyCell = {
  __typename?: 'SaliencyCell';
  /** data: URL of an RGBA PNG heat map to lay over the image (null: not kept for this image). */
  map: Maybe<Scalars['String']['output']>;
  predicted: Scalars['Int']['output'];
  /** Alignment ratio of the map kind’s method (1 = chance). */
  ratio: Maybe<Scalars['Float']['output']>;
  source: Scalars['String']['output'];
};

/** How complete a source's integrated gradients are over the images. */
export type SaliencyCompleteness = {
  __typename?: 'SaliencyCompleteness';
  /** Images where f changes along the path (the relative error is defined). */
  images: Scalars['Int']['output'];
  /** Largest relative error. */
  max: Scalars['Float']['output'];
  /** Median relative error. */
  median: Scalars['Float']['output'];
  /** Share of them whose attributions sum to f(x) - f(black) within 1%. */
  withinOnePercent: Scalars['Float']['output'];
};

/** Source minus baseline alignment, paired by image, with a paired t-test. */
export type SaliencyDelta = {
  __typename?: 'SaliencyDelta';
  baseline: Scalars['String']['output'];
  high: Maybe<Scalars['Float']['output']>;
  images: Scalars['Int']['output'];
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  pValue: Maybe<Scalars['Float']['output']>;
  source: Scalars['String']['output'];
};

/** An image where a robust source and the natural one differ most in alignment. */
export type SaliencyDisagreement = {
  __typename?: 'SaliencyDisagreement';
  baseline: Scalars['String']['output'];
  baselinePredicted: Scalars['Int']['output'];
  baselineRatio: Scalars['Float']['output'];
  index: Scalars['Int']['output'];
  label: Scalars['Int']['output'];
  predicted: Scalars['Int']['output'];
  ratio: Scalars['Float']['output'];
  source: Scalars['String']['output'];
};

/** Rows = images, columns = sources: the reference study’s Figure 4 for any number of sources. */
export type SaliencyGrid = {
  __typename?: 'SaliencyGrid';
  rows: Array<SaliencyGridRow>;
  sources: Array<Scalars['String']['output']>;
  /** Images in the subset. */
  total: Scalars['Int']['output'];
  /** Images with maps kept (the first of the subset). */
  withMaps: Scalars['Int']['output'];
};

export type SaliencyGridRow = {
  __typename?: 'SaliencyGridRow';
  cells: Array<SaliencyCell>;
  /** Test-split index. */
  index: Scalars['Int']['output'];
  label: Scalars['Int']['output'];
};

/** One dataset, setting (the source, or its fine-tuning) and method. */
export type SaliencyGroup = {
  __typename?: 'SaliencyGroup';
  dataset: Scalars['String']['output'];
  deltas: Array<SaliencyDelta>;
  method: Scalars['String']['output'];
  setting: Scalars['String']['output'];
  sources: Array<SaliencySourceSummary>;
};

/** Mean over images with its 95% Student-t interval. */
export type SaliencyInterval = {
  __typename?: 'SaliencyInterval';
  high: Maybe<Scalars['Float']['output']>;
  images: Scalars['Int']['output'];
  low: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
};

export type SaliencyResults = {
  __typename?: 'SaliencyResults';
  groups: Array<SaliencyGroup>;
};

/** One source of a group: alignment, mass share, accuracy (and completeness for integrated gradients). */
export type SaliencySourceSummary = {
  __typename?: 'SaliencySourceSummary';
  /** The mapped model's accuracy on the subset. */
  accuracy: Scalars['Float']['output'];
  /** Share of absolute saliency on the object over the object’s area share (1 = chance). */
  alignment: SaliencyInterval;
  /** Integrated gradients only: |sum of attributions - (f(x) - f(black))| / |f(x) - f(black)| over images, f the label’s logit. */
  completeness: Maybe<SaliencyCompleteness>;
  /** Share of absolute saliency on the object. */
  massShare: SaliencyInterval;
  source: Scalars['String']['output'];
};

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
  /** Robust accuracy measured by the latest robustness run that evaluated this model (empty: none yet). */
  measuredRobustness: Array<MeasuredRobustness>;
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
  /** The distinct values of each column asked for in `facets`, before the filter. */
  facets: Array<TableFacetObject>;
  /** Rows as objects keyed by column name; values follow each column's role. */
  rows: Array<Scalars['JSON']['output']>;
  runId: Scalars['ID']['output'];
  skip: Scalars['Int']['output'];
  table: OutputTableObject;
  /** Rows matching the filter. */
  total: Scalars['Int']['output'];
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

/** How the dashboard draws a table: ranked table, series with bands, image gallery, per-example evidence. */
export type ViewKind = 'evidence' | 'gallery' | 'series' | 'table';

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
  }>;
};

export type RunTableQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  table: Scalars['String']['input'];
  filter?: InputMaybe<Scalars['JSON']['input']>;
  options?: InputMaybe<Scalars['JSON']['input']>;
  facets?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
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
    measuredRobustness: Array<{
      __typename?: 'MeasuredRobustness';
      runId: string;
      dataset: string;
      norm: string;
      eps: number;
      accuracy: number;
      clean: number;
      attacks: Array<string>;
      flags: Array<string>;
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

export type ExampleEvidenceQueryVariables = Exact<{
  dataset: Scalars['String']['input'];
  index: Scalars['Int']['input'];
  runIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;

export type ExampleEvidenceQuery = {
  __typename?: 'Query';
  exampleEvidence: {
    __typename?: 'ExampleEvidence';
    dataset: string;
    index: number;
    label: number | null;
    notes: Array<string>;
    sources: Array<{
      __typename?: 'ExampleSource';
      source: string;
      natural: boolean;
      saliency: Array<{
        __typename?: 'ExampleSaliency';
        runId: string;
        setting: string;
        predicted: number;
        scores: Array<{ __typename?: 'ExampleScore'; method: string; ratio: number | null }>;
        maps: Array<{ __typename?: 'ExampleMap'; kind: string; url: string }>;
      }>;
      robustness: Array<{
        __typename?: 'ExampleRobustness';
        runId: string;
        norm: string;
        attack: string;
        seed: number;
        minEps: number | null;
        minEpsAttack: string | null;
        maxEps: number;
      }>;
      influence: Array<{
        __typename?: 'ExampleInfluence';
        runId: string;
        n: number;
        depth: number;
        seed: number;
        predicted: number;
        helpful: Array<{ __typename?: 'ExampleTrainImage'; index: number; label: number; score: number }>;
        harmful: Array<{ __typename?: 'ExampleTrainImage'; index: number; label: number; score: number }>;
      }>;
      transfer: Array<{
        __typename?: 'ExampleTransfer';
        runId: string;
        n: number;
        depth: number;
        seed: number;
        correct: boolean;
      }>;
    }>;
  };
};

export type InfluenceIntervalFieldsFragment = {
  __typename?: 'InfluenceInterval';
  seeds: number;
  mean: number;
  sd: number;
  low: number | null;
  high: number | null;
};

export type InfluenceResultsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  baseline?: InputMaybe<Scalars['String']['input']>;
}>;

export type InfluenceResultsQuery = {
  __typename?: 'Query';
  influenceResults: {
    __typename?: 'InfluenceResults';
    settings: Array<{
      __typename?: 'InfluenceSetting';
      target: string;
      depth: number;
      n: number;
      testIndices: Array<number>;
      sources: Array<{
        __typename?: 'InfluenceSourceSummary';
        source: string;
        solver: string;
        cutoff: number | null;
        rank: number | null;
        top1Match: {
          __typename?: 'InfluenceInterval';
          seeds: number;
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
        };
        top5AtLeast3: {
          __typename?: 'InfluenceInterval';
          seeds: number;
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
        };
        trainTop1Match: {
          __typename?: 'InfluenceInterval';
          seeds: number;
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
        };
        trainTop5AtLeast3: {
          __typename?: 'InfluenceInterval';
          seeds: number;
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
        };
        matchByRank: Array<{
          __typename?: 'InfluenceRankPoint';
          rank: number;
          share: {
            __typename?: 'InfluenceInterval';
            seeds: number;
            mean: number;
            sd: number;
            low: number | null;
            high: number | null;
          };
        }>;
        trainMatchByRank: Array<{
          __typename?: 'InfluenceRankPoint';
          rank: number;
          share: {
            __typename?: 'InfluenceInterval';
            seeds: number;
            mean: number;
            sd: number;
            low: number | null;
            high: number | null;
          };
        }>;
      }>;
      deltas: Array<{
        __typename?: 'InfluenceDelta';
        source: string;
        baseline: string;
        metric: string;
        mean: number;
        low: number | null;
        high: number | null;
        pValue: number | null;
        seeds: number;
      }>;
    }>;
  };
};

export type InfluenceExampleQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  target: Scalars['String']['input'];
  depth: Scalars['Int']['input'];
  n: Scalars['Int']['input'];
  testIndex: Scalars['Int']['input'];
  seed?: InputMaybe<Scalars['Int']['input']>;
  take: Scalars['Int']['input'];
}>;

export type InfluenceExampleQuery = {
  __typename?: 'Query';
  influenceExample: Array<{
    __typename?: 'InfluenceExample';
    source: string;
    seed: number;
    testIndex: number;
    label: number;
    predicted: number | null;
    helpful: Array<{ __typename?: 'InfluenceImage'; index: number; label: number; score: number }>;
    harmful: Array<{ __typename?: 'InfluenceImage'; index: number; label: number; score: number }>;
  }>;
};

export type InfluenceRunParamsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type InfluenceRunParamsQuery = {
  __typename?: 'Query';
  run: { __typename?: 'Run'; id: string; params: unknown };
};

export type InfluenceClassesQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;

export type InfluenceClassesQuery = {
  __typename?: 'Query';
  dataset: {
    __typename?: 'Dataset';
    name: string;
    details: { __typename?: 'DatasetDetails'; classes: Array<string> } | null;
  };
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
  }>;
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
      sd: number;
      low: number | null;
      high: number | null;
      seeds: number;
    }>;
    epochs: Array<{
      __typename?: 'EpochCell';
      source: string;
      n: number;
      epoch: number;
      mean: number;
      low: number | null;
      high: number | null;
      seeds: number;
    }>;
    deltas: Array<{
      __typename?: 'DeltaCell';
      source: string;
      baseline: string;
      n: number;
      mean: number;
      low: number | null;
      high: number | null;
      seeds: number;
      pValue: number | null;
    }>;
    efficiency: Array<{ __typename?: 'EfficiencyScore'; source: string; score: number }>;
    leaderboard: Array<{
      __typename?: 'LeaderboardEntry';
      n: number;
      rank: number;
      source: string;
      mean: number;
    }>;
  }>;
};

export type RobustnessIntervalFieldsFragment = {
  __typename?: 'RobustnessInterval';
  mean: number;
  sd: number;
  low: number | null;
  high: number | null;
  seeds: number;
};

export type RobustnessResultsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;

export type RobustnessResultsQuery = {
  __typename?: 'Query';
  robustnessResults: {
    __typename?: 'RobustnessResults';
    boards: Array<{
      __typename?: 'RobustnessBoard';
      dataset: string;
      norm: string;
      eps: number;
      attacks: Array<string>;
      rows: Array<{
        __typename?: 'RobustnessRow';
        source: string;
        flags: Array<string>;
        passesPerImage: number;
        manifest: number | null;
        clean: {
          __typename?: 'RobustnessInterval';
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
          seeds: number;
        };
        ensemble: {
          __typename?: 'RobustnessInterval';
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
          seeds: number;
        };
        attacks: Array<{
          __typename?: 'AttackAccuracy';
          attack: string;
          accuracy: {
            __typename?: 'RobustnessInterval';
            mean: number;
            sd: number;
            low: number | null;
            high: number | null;
            seeds: number;
          };
        }>;
        components: Array<{
          __typename?: 'ComponentAccuracy';
          attack: string;
          component: string;
          accuracy: {
            __typename?: 'RobustnessInterval';
            mean: number;
            sd: number;
            low: number | null;
            high: number | null;
            seeds: number;
          };
        }>;
      }>;
    }>;
    curves: Array<{
      __typename?: 'RobustnessCurve';
      source: string;
      dataset: string;
      norm: string;
      attack: string;
      clean: {
        __typename?: 'RobustnessInterval';
        mean: number;
        sd: number;
        low: number | null;
        high: number | null;
        seeds: number;
      };
      points: Array<{
        __typename?: 'RobustnessCurvePoint';
        eps: number;
        accuracy: {
          __typename?: 'RobustnessInterval';
          mean: number;
          sd: number;
          low: number | null;
          high: number | null;
          seeds: number;
        };
      }>;
      auc: {
        __typename?: 'RobustnessInterval';
        mean: number;
        sd: number;
        low: number | null;
        high: number | null;
        seeds: number;
      };
    }>;
    flags: Array<{
      __typename?: 'RobustnessFlag';
      name: string;
      message: string;
      source: string;
      dataset: string;
      norm: string;
      attack: string;
      seed: number;
    }>;
  };
};

export type RobustFiguresFragment = {
  __typename?: 'SourceModel';
  id: string;
  robustAccuracy: Array<{
    __typename?: 'RobustAccuracy';
    norm: string;
    eps: number;
    epsLabel: string;
    accuracy: number;
  }>;
  measuredRobustness: Array<{
    __typename?: 'MeasuredRobustness';
    runId: string;
    dataset: string;
    norm: string;
    eps: number;
    accuracy: number;
    clean: number;
    attacks: Array<string>;
    flags: Array<string>;
  }>;
};

export type SourceRobustnessQueryVariables = Exact<{ [key: string]: never }>;

export type SourceRobustnessQuery = {
  __typename?: 'Query';
  models: Array<{
    __typename?: 'SourceModel';
    id: string;
    robustAccuracy: Array<{
      __typename?: 'RobustAccuracy';
      norm: string;
      eps: number;
      epsLabel: string;
      accuracy: number;
    }>;
    measuredRobustness: Array<{
      __typename?: 'MeasuredRobustness';
      runId: string;
      dataset: string;
      norm: string;
      eps: number;
      accuracy: number;
      clean: number;
      attacks: Array<string>;
      flags: Array<string>;
    }>;
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

export type SaliencyResultsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  baseline?: InputMaybe<Scalars['String']['input']>;
}>;

export type SaliencyResultsQuery = {
  __typename?: 'Query';
  saliencyResults: {
    __typename?: 'SaliencyResults';
    groups: Array<{
      __typename?: 'SaliencyGroup';
      dataset: string;
      setting: string;
      method: string;
      sources: Array<{
        __typename?: 'SaliencySourceSummary';
        source: string;
        accuracy: number;
        alignment: {
          __typename?: 'SaliencyInterval';
          images: number;
          mean: number;
          low: number | null;
          high: number | null;
        };
        massShare: { __typename?: 'SaliencyInterval'; mean: number };
        completeness: {
          __typename?: 'SaliencyCompleteness';
          images: number;
          withinOnePercent: number;
          median: number;
          max: number;
        } | null;
      }>;
      deltas: Array<{
        __typename?: 'SaliencyDelta';
        source: string;
        baseline: string;
        mean: number;
        low: number | null;
        high: number | null;
        pValue: number | null;
        images: number;
      }>;
    }>;
  };
};

export type SaliencyGridQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  dataset: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  skip: Scalars['Int']['input'];
  take: Scalars['Int']['input'];
}>;

export type SaliencyGridQuery = {
  __typename?: 'Query';
  saliencyGrid: {
    __typename?: 'SaliencyGrid';
    sources: Array<string>;
    total: number;
    withMaps: number;
    rows: Array<{
      __typename?: 'SaliencyGridRow';
      index: number;
      label: number;
      cells: Array<{
        __typename?: 'SaliencyCell';
        source: string;
        predicted: number;
        ratio: number | null;
        map: string | null;
      }>;
    }>;
  };
};

export type SaliencyDisagreementsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  dataset: Scalars['String']['input'];
  method: Scalars['String']['input'];
  take: Scalars['Int']['input'];
}>;

export type SaliencyDisagreementsQuery = {
  __typename?: 'Query';
  saliencyDisagreements: Array<{
    __typename?: 'SaliencyDisagreement';
    index: number;
    label: number;
    source: string;
    baseline: string;
    ratio: number;
    baselineRatio: number;
    predicted: number;
    baselinePredicted: number;
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
    trials: Array<{ __typename?: 'LiveWorkerTrial'; runId: string; trialKey: string }>;
  }>;
};

export const InfluenceIntervalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InfluenceIntervalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InfluenceInterval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'low' } },
          { kind: 'Field', name: { kind: 'Name', value: 'high' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InfluenceIntervalFieldsFragment, unknown>;
export const RobustnessIntervalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RobustnessIntervalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RobustnessInterval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'low' } },
          { kind: 'Field', name: { kind: 'Name', value: 'high' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RobustnessIntervalFieldsFragment, unknown>;
export const RobustFiguresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RobustFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measuredRobustness' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accuracy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attacks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RobustFiguresFragment, unknown>;
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RobustFigures' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RobustFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measuredRobustness' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accuracy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attacks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flags' } },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'index' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
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
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'natural' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'saliency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'predicted' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scores' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'maps' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'robustness' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attack' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minEps' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minEpsAttack' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxEps' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'influence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'predicted' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'helpful' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'harmful' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'transfer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'correct' } },
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
} as unknown as DocumentNode<ExampleEvidenceQuery, ExampleEvidenceQueryVariables>;
export const InfluenceResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InfluenceResults' },
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
            name: { kind: 'Name', value: 'influenceResults' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'settings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'testIndices' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'top1Match' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'InfluenceIntervalFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'top5AtLeast3' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'InfluenceIntervalFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trainTop1Match' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'InfluenceIntervalFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trainTop5AtLeast3' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'InfluenceIntervalFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'matchByRank' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'share' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'InfluenceIntervalFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trainMatchByRank' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'share' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'InfluenceIntervalFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'solver' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cutoff' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'high' } },
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
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InfluenceIntervalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InfluenceInterval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'low' } },
          { kind: 'Field', name: { kind: 'Name', value: 'high' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InfluenceResultsQuery, InfluenceResultsQueryVariables>;
export const InfluenceExampleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InfluenceExample' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'n' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'testIndex' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
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
            name: { kind: 'Name', value: 'influenceExample' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'n' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'n' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'testIndex' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'testIndex' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'seed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'seed' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'testIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'predicted' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'helpful' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'harmful' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
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
} as unknown as DocumentNode<InfluenceExampleQuery, InfluenceExampleQueryVariables>;
export const InfluenceRunParamsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InfluenceRunParams' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'params' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InfluenceRunParamsQuery, InfluenceRunParamsQueryVariables>;
export const InfluenceClassesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InfluenceClasses' },
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
} as unknown as DocumentNode<InfluenceClassesQuery, InfluenceClassesQueryVariables>;
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResultsRunsQuery, ResultsRunsQueryVariables>;
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
                      { kind: 'Field', name: { kind: 'Name', value: 'sd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'epochs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'epoch' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'high' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'efficiency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leaderboard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
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
export const RobustnessResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RobustnessResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'robustnessResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'boards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attacks' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'clean' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ensemble' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'attacks' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'attack' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'accuracy' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'components' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'attack' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'component' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'accuracy' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'flags' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'passesPerImage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'manifest' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'curves' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attack' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'clean' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accuracy' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'auc' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RobustnessIntervalFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flags' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attack' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seed' } },
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
      name: { kind: 'Name', value: 'RobustnessIntervalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RobustnessInterval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'low' } },
          { kind: 'Field', name: { kind: 'Name', value: 'high' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seeds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RobustnessResultsQuery, RobustnessResultsQueryVariables>;
export const SourceRobustnessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SourceRobustness' },
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
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RobustFigures' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RobustFigures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SourceModel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measuredRobustness' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                { kind: 'Field', name: { kind: 'Name', value: 'norm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accuracy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attacks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'flags' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourceRobustnessQuery, SourceRobustnessQueryVariables>;
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
export const SaliencyResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SaliencyResults' },
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
            name: { kind: 'Name', value: 'saliencyResults' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dataset' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accuracy' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'alignment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'images' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'massShare' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'mean' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'completeness' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'images' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'withinOnePercent' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                                ],
                              },
                            },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'images' } },
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
} as unknown as DocumentNode<SaliencyResultsQuery, SaliencyResultsQueryVariables>;
export const SaliencyGridDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SaliencyGrid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
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
            name: { kind: 'Name', value: 'saliencyGrid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dataset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skip' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skip' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sources' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withMaps' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'predicted' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'map' } },
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
} as unknown as DocumentNode<SaliencyGridQuery, SaliencyGridQueryVariables>;
export const SaliencyDisagreementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SaliencyDisagreements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
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
            name: { kind: 'Name', value: 'saliencyDisagreements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'runId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dataset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dataset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'method' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'method' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baselineRatio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'predicted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baselinePredicted' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaliencyDisagreementsQuery, SaliencyDisagreementsQueryVariables>;
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkersQuery, WorkersQueryVariables>;
