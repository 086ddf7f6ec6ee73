import type { z } from 'zod';
import type { PluginContext } from './context';
import type { DatasetSpec } from './dataset';
import type { AnalysisOutputs } from './outputs';
import type { ParamsSchema, PluginBase } from './plugin';

/**
 * What a trial uses, declared by the analysis's expansion: the server resolves each model and
 * dataset (with its params) to a content checksum, which enters the trial key with the plugin
 * versions, and hands the resolved models to the worker.
 */
export interface TrialUses {
  /** Source model ids. */
  readonly models?: readonly string[];
  readonly datasets?: readonly DatasetSpec[];
  /** Attack plugin names. */
  readonly attacks?: readonly string[];
}

/** The smallest unit of work; its config is hashed (with plugin versions and checksums) into the trial key. */
export interface TrialSpec {
  readonly config: Readonly<Record<string, unknown>>;
  readonly uses?: TrialUses;
}

/** One row of results: named scalar metrics, optionally a series per epoch and JSON details. */
export interface TrialResult {
  readonly metrics: Readonly<Record<string, number>>;
  readonly series?: readonly Readonly<Record<string, number>>[];
  /** Anything else the analysis keeps per trial (per-example outcomes, rankings), as JSON. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A stored trial result as an analysis's aggregate sees it. */
export interface ResultRow {
  readonly config: Readonly<Record<string, unknown>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly series: readonly Readonly<Record<string, number>>[] | null;
  readonly details: Readonly<Record<string, unknown>> | null;
  /** The execution provider that ran the trial. */
  readonly provider: string | null;
  /** The run the row belongs to: set on the rows a `history` table is computed from. */
  readonly run?: { readonly id: string; readonly createdAt: string };
}

/** Names and meanings of what an analysis stores, for the API and the dashboard. */
export interface ResultFields {
  readonly metrics?: Readonly<Record<string, string>>;
  readonly series?: Readonly<Record<string, string>>;
  readonly details?: Readonly<Record<string, string>>;
}

/** What the server knows of a declared dataset before any trial runs. */
export interface DatasetFacts {
  readonly checksum: string;
  readonly sizes: { readonly train: number; readonly test: number };
  readonly classes: number;
}

/** A problem with a run's params, found against the facts of what it uses. */
export interface ParamsIssue {
  /** Path of the offending field, e.g. ['n', 2]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface AnalysisPlugin<P extends ParamsSchema = ParamsSchema> extends PluginBase<'analysis', P> {
  /** Expand a run's params into its trials (deterministic, no work done). */
  expand(params: z.output<P>): TrialSpec[];
  /**
   * How many trials `expand` would give, computed without expanding (optional): the server
   * refuses a run over its trial cap at once, before any allocation.
   */
  countTrials?(params: z.output<P>): number;
  /**
   * Checks params against the declared datasets' facts (by `datasetKey`) before anything is
   * stored (optional): e.g. that n fits the training split. Each issue names its field.
   */
  checkParams?(params: z.output<P>, datasets: ReadonlyMap<string, DatasetFacts>): readonly ParamsIssue[];
  /**
   * True when the trials differentiate through their whole source models (input gradients:
   * attacks, saliency maps). The server then refuses a run naming a forward-only model (one
   * whose import found no gradient through it), naming the params field and the model.
   */
  readonly needsInputGradients?: boolean;
  /** Run one trial (the main method). */
  run(trial: TrialSpec, ctx: PluginContext): Promise<TrialResult>;
  /**
   * The group a trial may run in (optional, with `runGroup`): trials of one run with the same
   * key can be handed to `runGroup` together; undefined means the trial runs alone.
   */
  groupKey?(trial: TrialSpec): string | undefined;
  /**
   * Run trials of one group key as one job (optional): one result per trial in the given order,
   * each what `run` would store for it (up to float32 rounding), so results stay per trial
   * under the same trial keys. A server without grouping keeps calling `run`.
   */
  runGroup?(trials: readonly TrialSpec[], ctx: PluginContext): Promise<TrialResult[]>;
  /** What `run` stores (optional: shown by the API). */
  readonly resultFields?: ResultFields;
  /**
   * What the analysis produces and how to show it (optional): typed tables computed from the
   * run's rows and views over them. The server serves them through `analysisOutputs`/`runTable`
   * and CSV; the dashboard draws the views at `/analyses/<name>`.
   */
  readonly outputs?: AnalysisOutputs;
  /**
   * The run's aggregate over its stored rows, as JSON (optional). `options` come from the
   * client (a baseline source, say); the server serves the value as it is.
   */
  aggregate?(rows: readonly ResultRow[], options: Readonly<Record<string, unknown>>): unknown;
}
