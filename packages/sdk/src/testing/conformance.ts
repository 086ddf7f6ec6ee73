import type { AnalysisPlugin } from '../analysis';
import { computeTable } from '../outputs/compute';
import type { AttackPlugin } from '../attack';
import type { PluginContext } from '../context';
import type { DatasetPlugin } from '../dataset';
import type { AnyPlugin } from '../define';
import { paramsJsonSchema } from '../json-schema';
import type { ModelSourcePlugin } from '../model-source';
import { pluginShapeProblems } from '../plugin-shape';
import { createTestContext } from './test-context';

export interface ConformanceOptions {
  /** Params for the main method; default: what the schema gives for {} (its defaults). */
  readonly params?: Record<string, unknown>;
  /** Context for the main method; default: createTestContext(). */
  readonly ctx?: PluginContext;
}

export interface ConformanceReport {
  readonly plugin: string;
  readonly passed: readonly string[];
  readonly failures: readonly string[];
}

export class ConformanceError extends Error {
  constructor(readonly report: ConformanceReport) {
    super(`plugin ${report.plugin} fails conformance:\n  - ${report.failures.join('\n  - ')}`);
    this.name = 'ConformanceError';
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function checkDataset(
  p: DatasetPlugin,
  params: unknown,
  ctx: PluginContext,
  ok: (m: string) => void,
  fail: (m: string) => void,
) {
  const ds = await p.load(params as never, ctx);
  const [c, h, w] = ds.imageShape;
  if (ds.classes.length < 2) fail(`dataset has ${ds.classes.length} classes; needs at least 2`);
  if (![1, 3].includes(c) || h < 1 || w < 1)
    fail(`imageShape ${JSON.stringify(ds.imageShape)} is not [1|3, H, W]`);
  if (!(ds.sizes.train > 0 && ds.sizes.test > 0))
    fail(`split sizes ${JSON.stringify(ds.sizes)} must be positive`);
  if (!/^[\w.-]{8,}$/.test(ds.checksum)) fail(`checksum '${ds.checksum}' is not a content hash`);
  for (const split of ['train', 'test'] as const) {
    const labels = await ds.labels(split);
    if (labels.length !== ds.sizes[split])
      fail(`${split}: labels() has ${labels.length} entries, sizes says ${ds.sizes[split]}`);
    const k = Math.min(3, ds.sizes[split]);
    const idx = Array.from({ length: k }, (_, i) => (i * 7919) % ds.sizes[split]);
    const batch = await ds.read(split, idx);
    const dims = batch.images.dims;
    if (dims.join() !== [k, c, h, w].join())
      fail(`${split}: read() dims ${dims.join('x')} != ${[k, c, h, w].join('x')}`);
    if (batch.images.data.length !== k * c * h * w) fail(`${split}: read() data length does not match dims`);
    if (batch.images.data.some((v) => !(v >= 0 && v <= 1))) fail(`${split}: pixel values outside [0,1]`);
    if (batch.labels.some((l) => l < 0 || l >= ds.classes.length))
      fail(`${split}: labels outside [0, ${ds.classes.length})`);
    idx.forEach((j, i) => {
      if (batch.labels[i] !== labels[j]) fail(`${split}: read() label at ${j} disagrees with labels()`);
    });
    const png = await ds.thumbnail(split, 0);
    if (!PNG_SIGNATURE.every((b, i) => png[i] === b)) fail(`${split}: thumbnail() is not a PNG`);
  }
  ok(`load() gave ${ds.classes.length} classes, ${ds.sizes.train}/${ds.sizes.test} images of ${c}x${h}x${w}`);
}

async function checkModelSource(
  p: ModelSourcePlugin,
  params: unknown,
  ctx: PluginContext,
  ok: (m: string) => void,
  fail: (m: string) => void,
) {
  const models = await p.list(params as never, ctx);
  if (models.length === 0) fail('list() returned no models');
  for (const m of models) {
    if (!m.id || !m.featureTensor || m.numClasses < 2)
      fail(`model ${m.id}: id, featureTensor and numClasses >= 2 are required`);
    if (m.input.mean.length !== m.input.channels || m.input.std.length !== m.input.channels) {
      fail(`model ${m.id}: mean/std need one value per input channel`);
    }
    const bytes = await m.bytes();
    if (bytes.length === 0) fail(`model ${m.id}: bytes() is empty`);
  }
  ok(`list() gave ${models.length} model(s)`);
}

async function checkAttack(
  p: AttackPlugin,
  params: unknown,
  ctx: PluginContext,
  ok: (m: string) => void,
  fail: (m: string) => void,
) {
  const ds = await ctx.data.dataset('synthetic');
  const batch = await ds.read('test', [0, 1, 2, 3]);
  const res = await p.perturb({ model: { id: 'linear' }, batch }, params as never, ctx);
  if (res.images.dims.join() !== batch.images.dims.join()) fail('perturb() changed the image dims');
  if (res.images.data.some((v) => !(v >= 0 && v <= 1))) fail('perturb() left the [0,1] box');
  if (res.loss.length !== batch.labels.length) fail('perturb() must return one loss per example');
  ok('perturb() kept shape and [0,1] range');
}

async function checkAnalysis(
  p: AnalysisPlugin,
  params: unknown,
  ctx: PluginContext,
  ok: (m: string) => void,
  fail: (m: string) => void,
) {
  const trials = p.expand(params as never);
  const again = p.expand(params as never);
  if (trials.length === 0) fail('expand() gave no trials');
  if (JSON.stringify(trials) !== JSON.stringify(again)) fail('expand() is not deterministic');
  const first = trials[0];
  if (first) {
    const result = await p.run(first, ctx);
    const bad = Object.entries(result.metrics).filter(([, v]) => typeof v !== 'number' || Number.isNaN(v));
    if (bad.length) fail(`run() metrics not numbers: ${bad.map(([k]) => k).join(', ')}`);
    ok(`expand() gave ${trials.length} trial(s); run() completed the first`);
    if (p.outputs) {
      // Every declared table computed from the first trial's row, each row checked against its schema.
      const row = {
        config: first.config,
        metrics: result.metrics,
        series: result.series ?? null,
        details: result.details ?? null,
        provider: 'cpu',
      };
      const models = new Map(
        (first.uses?.models ?? []).map((id) => [
          id,
          { id, training: { kind: 'natural' as const }, metrics: {} },
        ]),
      );
      for (const [name, table] of Object.entries(p.outputs.tables)) {
        try {
          const rows = computeTable(name, table, { rows: [row], options: {}, models });
          ok(`table '${name}' gave ${rows.length} well-formed row(s)`);
        } catch (e) {
          fail(e instanceof Error ? e.message : String(e));
        }
      }
    }
    return;
  }
  ok(`expand() gave ${trials.length} trial(s)`);
}

/** Check a plugin the way the platform will use it; returns a report, never throws for failures. */
export async function checkConformance(
  plugin: unknown,
  options: ConformanceOptions = {},
): Promise<ConformanceReport> {
  const passed: string[] = [];
  const failures: string[] = [];
  const label = typeof plugin === 'object' && plugin && 'name' in plugin ? String(plugin.name) : '?';
  const shape = pluginShapeProblems(plugin);
  if (shape.length) return { plugin: label, passed, failures: shape.map((s) => `shape: ${s}`) };
  passed.push('shape');
  const p = plugin as AnyPlugin;
  try {
    const schema = paramsJsonSchema(p.params);
    if (schema.type !== 'object')
      failures.push(`params JSON Schema has type ${String(schema.type)}; forms need an object`);
    else passed.push('params schema exports to JSON Schema');
  } catch (e) {
    failures.push(`params schema does not export to JSON Schema: ${(e as Error).message}`);
  }
  const parsed = p.params.safeParse(options.params ?? {});
  if (!parsed.success) {
    failures.push(
      `params ${JSON.stringify(options.params ?? {})} rejected by the schema: ${parsed.error.message}`,
    );
    return { plugin: label, passed, failures };
  }
  const ctx = options.ctx ?? createTestContext();
  const ok = (m: string) => passed.push(m);
  const fail = (m: string) => failures.push(m);
  try {
    switch (p.kind) {
      case 'dataset':
        await checkDataset(p, parsed.data, ctx, ok, fail);
        break;
      case 'model':
        await checkModelSource(p, parsed.data, ctx, ok, fail);
        break;
      case 'attack':
        await checkAttack(p, parsed.data, ctx, ok, fail);
        break;
      case 'analysis':
        await checkAnalysis(p, parsed.data, ctx, ok, fail);
        break;
      default: {
        const never: never = p;
        failures.push(`unknown kind ${String((never as { kind: unknown }).kind)}`);
      }
    }
  } catch (e) {
    failures.push(`main method threw: ${(e as Error).stack ?? String(e)}`);
  }
  return { plugin: `${p.kind}:${p.name}@${p.version}`, passed, failures };
}

/** Throws a ConformanceError listing every failure; use inside any test runner. */
export async function assertConformance(
  plugin: unknown,
  options?: ConformanceOptions,
): Promise<ConformanceReport> {
  const report = await checkConformance(plugin, options);
  if (report.failures.length > 0) throw new ConformanceError(report);
  return report;
}
