import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunModelEntity } from '../src/models/run-model.entity';
import { ResultEntity } from '../src/results/result.entity';
import { RunStatus, TrialStatus } from '../src/runs/run-status';
import { RunEntity } from '../src/runs/run.entity';
import { TrialEntity } from '../src/runs/trial.entity';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'examples-test-token-01';
const NATURAL = 'fashion-mnist-a-resnet8-w16-natural';
const ROBUST = 'fashion-mnist-a-resnet8-w16-l2-0.5';
const DATASET = 'fashion-mnist-a';

const EVIDENCE = /* GraphQL */ `
  query ($dataset: String!, $split: String, $index: Int!, $runIds: [ID!]) {
    exampleEvidence(dataset: $dataset, split: $split, index: $index, runIds: $runIds) {
      image {
        dataset
        split
        index
      }
      runs {
        runId
        analysis
        rows
        problem
      }
      evidence {
        runId
        analysis
        view {
          kind
          title
          table
          image
          caption
        }
        table {
          name
          columns {
            name
            role
          }
        }
        total
        rows
      }
      models {
        id
        training
      }
    }
  }
`;
const IMAGES = /* GraphQL */ `
  query ($dataset: String, $split: String, $runIds: [ID!], $take: Int, $skip: Int) {
    exampleImages(dataset: $dataset, split: $split, runIds: $runIds, take: $take, skip: $skip) {
      total
      skip
      datasets
      images {
        dataset
        split
        index
        analyses {
          analysis
          runs
          rows
        }
      }
      runs {
        runId
        analysis
        rows
        problem
      }
    }
  }
`;

const COVERAGE = /* GraphQL */ `
  query ($dataset: String!, $index: Int!, $runIds: [ID!]) {
    exampleEvidence(dataset: $dataset, index: $index, runIds: $runIds) {
      coverage {
        runId
        analysis
        view
        table
        rows
        images
      }
    }
  }
`;
interface Coverage {
  runId: string;
  analysis: string;
  view: string;
  table: string;
  rows: number;
  images: number;
}
/** A 1x1 PNG, as a stored heat map. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';

interface Evidence {
  image: { dataset: string; split: string; index: number };
  runs: { runId: string; analysis: string; rows: number; problem: string | null }[];
  evidence: {
    runId: string;
    analysis: string;
    view: { kind: string; table: string; image: string; caption: string[] };
    table: { name: string; columns: { name: string; role: string }[] };
    total: number;
    rows: Record<string, unknown>[];
  }[];
  models: { id: string; training: string }[];
}
interface Images {
  total: number;
  skip: number;
  datasets: string[];
  images: {
    dataset: string;
    split: string;
    index: number;
    analyses: { analysis: string; runs: number; rows: number }[];
  }[];
  runs: { runId: string; analysis: string; rows: number; problem: string | null }[];
}

const fieldOf = (body: { errors?: { extensions?: object }[] }): unknown =>
  (body.errors?.[0]?.extensions as { field?: string } | undefined)?.field;

/** A finished run with one stored result per trial, written as the executor writes them. */
async function storeRun(
  db: DataSource,
  analysis: string,
  createdAt: string,
  trials: { config: Record<string, unknown>; metrics: Record<string, number>; details: object | null }[],
): Promise<string> {
  const runId = randomUUID();
  await db.getRepository(RunEntity).insert({
    id: runId,
    analysisName: analysis,
    analysisVersion: '0',
    params: {},
    status: RunStatus.COMPLETED,
    trialCount: trials.length,
    completedCount: trials.length,
    failedCount: 0,
    createdAt,
    finishedAt: createdAt,
    error: null,
  });
  const models = new Set<string>();
  for (const [i, t] of trials.entries()) {
    const trialKey = randomUUID().replace(/-/g, '');
    if (typeof t.config.source === 'string') models.add(t.config.source);
    await db.getRepository(TrialEntity).insert({
      id: randomUUID(),
      runId,
      ordinal: i,
      trialKey,
      config: t.config,
      uses: {},
      checksums: {},
      status: TrialStatus.DONE,
      attempts: 1,
      failureReason: null,
    } as QueryDeepPartialEntity<TrialEntity>);
    await db.getRepository(ResultEntity).insert({
      id: randomUUID(),
      runId,
      trialKey,
      metrics: t.metrics,
      series: null,
      details: t.details,
      provider: 'cpu',
      pluginName: analysis,
      pluginVersion: '0',
      createdAt,
    });
  }
  for (const modelId of models) await db.getRepository(RunModelEntity).insert({ runId, modelId });
  return runId;
}

/** A robustness trial over test images 3, 7 and 9: `minEps` per image (null: robust at every eps). */
const robustnessTrial = (source: string, minEps: (number | null)[]) => ({
  config: { source, datasetName: DATASET, norm: 'L2', attack: 'apgd-ce', seed: 0 },
  metrics: { cleanAccuracy: 1 },
  details: {
    outcomes: [0.25, 1].map((eps) => ({
      eps,
      by: minEps.map((m) => (m !== null && m <= eps ? 'apgd-ce' : null)),
    })),
    flags: [],
    indices: [3, 7, 9],
    labels: [1, 2, 3],
    minEps,
    minEpsAttack: minEps.map((m) => (m === null ? null : 'apgd-ce')),
  },
});

/** An influence trial over test images 7 and 11 with its fine-tuned model's predictions. */
const influenceTrial = (source: string, predicted: [number, number]) => ({
  config: { source, target: DATASET, dataset: DATASET, depth: 0, n: 40, seed: 0 },
  metrics: { top1Match: 0.5, top5AtLeast3: 0.5, trainTop1Match: 0.5, trainTop5AtLeast3: 0.5 },
  details: {
    solver: 'exact',
    method: 'pinv',
    cutoff: 0.05,
    rank: 3,
    testIndices: [7, 11],
    testLabels: [2, 4],
    predicted,
    trainIndices: [100, 200, 300],
    trainLabels: [2, 4, 2],
    helpful: [
      [0, 2],
      [1, 0],
    ],
    helpfulScores: [
      [0.5, 0.3],
      [0.4, 0.1],
    ],
    harmful: [[1], [2]],
    harmfulScores: [[-0.2], [-0.1]],
    selfInfluence: [1, 1, 1],
  },
});

// Results of two analyses stored for the same test images: the per-example query joins their
// declared evidence views on the image, and the index counts the analyses per image.
describe('the per-example join over stored results', { timeout: 120_000 }, () => {
  let server: TestServer;
  let robustnessRun = '';
  let influenceRun = '';
  let sweepRun = '';

  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
    const db = server.app.get(DataSource);
    robustnessRun = await storeRun(db, 'robustness', '2030-01-01T00:00:01.000Z', [
      robustnessTrial(NATURAL, [0, 0.25, null]),
      robustnessTrial(ROBUST, [null, null, 1]),
    ]);
    influenceRun = await storeRun(db, 'influence', '2030-01-01T00:00:02.000Z', [
      influenceTrial(NATURAL, [1, 4]),
      influenceTrial(ROBUST, [2, 4]),
    ]);
    // An analysis that declares no evidence view: never looked through unless named.
    sweepRun = await storeRun(db, 'fixture-sweep', '2030-01-01T00:00:03.000Z', [
      {
        config: { source: 'natural', target: 't1', n: 10, seed: 0 },
        metrics: { testAccuracy: 0.5 },
        details: null,
      },
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("joins every run's evidence rows for one image, newest run first, with the models' training", async () => {
    const { body } = await postQuery<{ exampleEvidence: Evidence }>(server.url, EVIDENCE, {
      dataset: DATASET,
      index: 7,
    });
    expect(body.errors).toBeUndefined();
    const e = body.data!.exampleEvidence;
    expect(e.image).toEqual({ dataset: DATASET, split: 'test', index: 7 });
    expect(e.runs).toEqual([
      { runId: influenceRun, analysis: 'influence', rows: 2, problem: null },
      { runId: robustnessRun, analysis: 'robustness', rows: 2, problem: null },
    ]);
    expect(e.evidence.map((v) => [v.runId, v.view.kind, v.view.table, v.total])).toEqual([
      [influenceRun, 'evidence', 'evidence', 2],
      [robustnessRun, 'evidence', 'examples', 2],
    ]);
    for (const v of e.evidence) {
      expect(v.rows.every((r) => JSON.stringify(r[v.view.image]) === JSON.stringify(e.image))).toBe(true);
      // The view's shown columns are columns of the table that came with it.
      const names = v.table.columns.map((c) => c.name);
      expect(v.view.caption.every((c) => names.includes(c))).toBe(true);
    }
    const [influence, robustness] = e.evidence;
    const bySource = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [r.source, r]));
    // The natural model is fooled at 0.25 on image 7; the robust one holds at every eps.
    expect(bySource(robustness!.rows).get(NATURAL)).toMatchObject({
      outcome: 'fooled',
      minEps: 0.25,
      maxEps: 1,
      label: 2,
    });
    expect(bySource(robustness!.rows).get(ROBUST)).toMatchObject({ outcome: 'robust', minEps: null });
    // Image 7 is the first of the influence subset: its most helpful training image is #100, its most harmful #200.
    expect(bySource(influence!.rows).get(NATURAL)).toMatchObject({
      training: 'natural',
      predicted: 1,
      correct: 'no',
      helpful: { dataset: DATASET, split: 'train', index: 100 },
      harmful: { dataset: DATASET, split: 'train', index: 200 },
    });
    expect(bySource(influence!.rows).get(ROBUST)).toMatchObject({
      training: 'adversarial',
      predicted: 2,
      correct: 'yes',
    });
    expect(e.models).toEqual([
      { id: ROBUST, training: 'adversarial' },
      { id: NATURAL, training: 'natural' },
    ]);
  });

  it('leaves out the views without the image, and says so for a run that declares no evidence', async () => {
    const only3 = await postQuery<{ exampleEvidence: Evidence }>(server.url, EVIDENCE, {
      dataset: DATASET,
      index: 3,
    });
    expect(only3.body.data!.exampleEvidence.evidence.map((v) => v.analysis)).toEqual(['robustness']);
    expect(only3.body.data!.exampleEvidence.runs.map((r) => r.rows)).toEqual([0, 2]);
    const train = await postQuery<{ exampleEvidence: Evidence }>(server.url, EVIDENCE, {
      dataset: DATASET,
      split: 'train',
      index: 7,
    });
    expect(train.body.data!.exampleEvidence.evidence).toEqual([]);
    const named = await postQuery<{ exampleEvidence: Evidence }>(server.url, EVIDENCE, {
      dataset: DATASET,
      index: 7,
      runIds: [robustnessRun, sweepRun],
    });
    expect(named.body.errors).toBeUndefined();
    expect(named.body.data!.exampleEvidence.runs).toEqual([
      {
        runId: sweepRun,
        analysis: 'fixture-sweep',
        rows: 0,
        problem: "analysis 'fixture-sweep' declares no evidence view",
      },
      { runId: robustnessRun, analysis: 'robustness', rows: 2, problem: null },
    ]);
    expect(named.body.data!.exampleEvidence.evidence.map((v) => v.runId)).toEqual([robustnessRun]);
  });

  it('indexes the images with evidence from the most analyses first, paged', async () => {
    const { body } = await postQuery<{ exampleImages: Images }>(server.url, IMAGES, {});
    expect(body.errors).toBeUndefined();
    const page = body.data!.exampleImages;
    expect(page.total).toBe(4);
    expect(page.datasets).toEqual([DATASET]);
    expect(page.runs.map((r) => [r.analysis, r.rows])).toEqual([
      ['influence', 4],
      ['robustness', 6],
    ]);
    expect(page.images.map((i) => i.index)).toEqual([7, 3, 9, 11]);
    expect(page.images[0]).toEqual({
      dataset: DATASET,
      split: 'test',
      index: 7,
      analyses: [
        { analysis: 'influence', runs: 1, rows: 2 },
        { analysis: 'robustness', runs: 1, rows: 2 },
      ],
    });
    const paged = await postQuery<{ exampleImages: Images }>(server.url, IMAGES, { take: 2, skip: 1 });
    expect(paged.body.data!.exampleImages.images.map((i) => i.index)).toEqual([3, 9]);
    const none = await postQuery<{ exampleImages: Images }>(server.url, IMAGES, { dataset: 'mnist' });
    expect(none.body.data!.exampleImages).toMatchObject({ total: 0, images: [], datasets: [DATASET] });
  });

  // Last: the saliency run it stores would be among the default runs of the tests above.
  it('says how each run covers the image, views that keep fewer images (maps) included', async () => {
    const db = server.app.get(DataSource);
    // Scores for test images 3, 7 and 9; a heat map for the first (image 3) only.
    const saliencyTrial = (source: string) => ({
      config: { source, datasetName: DATASET, dataset: { name: DATASET } },
      metrics: { accuracy: 1 },
      details: {
        indices: [3, 7, 9],
        labels: [1, 2, 3],
        predicted: [1, 2, 0],
        areaShare: [0.5, 0.5, 0.5],
        methods: ['gradient'],
        ratio: { gradient: [1.5, 2, 0.5] },
        massShare: { gradient: [0.6, 0.7, 0.3] },
        maps: { gradient: [PNG] },
        completeness: null,
        transfer: null,
      },
    });
    const saliencyRun = await storeRun(db, 'saliency', '2030-01-01T00:00:04.000Z', [
      saliencyTrial(NATURAL),
      saliencyTrial(ROBUST),
    ]);
    const coverageOf = async (index: number) => {
      const { body } = await postQuery<{ exampleEvidence: { coverage: Coverage[] } }>(server.url, COVERAGE, {
        dataset: DATASET,
        index,
        runIds: [saliencyRun, robustnessRun, influenceRun],
      });
      expect(body.errors).toBeUndefined();
      return body.data!.exampleEvidence.coverage;
    };
    const nine = await coverageOf(9);
    // Every run named, newest first, with every evidence view it declares, rows for the image or not.
    expect([...new Set(nine.map((c) => c.runId))]).toEqual([saliencyRun, influenceRun, robustnessRun]);
    const view = (runId: string, title: string) => nine.find((c) => c.runId === runId && c.view === title);
    expect(view(saliencyRun, 'Saliency')).toMatchObject({ analysis: 'saliency', rows: 2, images: 3 });
    expect(view(saliencyRun, 'Saliency heat maps')).toMatchObject({ table: 'maps', rows: 0, images: 1 });
    expect(view(robustnessRun, 'Smallest fooling ε')).toMatchObject({ rows: 2, images: 3 });
    expect(view(influenceRun, 'Training images behind the prediction')).toMatchObject({ rows: 0, images: 2 });
    // Image 3 is the mapped one: a map per source.
    const three = await coverageOf(3);
    expect(three.find((c) => c.runId === saliencyRun && c.view === 'Saliency heat maps')).toMatchObject({
      rows: 2,
      images: 1,
    });
  });

  it('refuses bad arguments with the field named', async () => {
    const base = { dataset: DATASET, index: 7 };
    for (const [override, field] of [
      [{ index: -1 }, 'index'],
      [{ dataset: '' }, 'dataset'],
      [{ split: 'validation' }, 'split'],
      [{ runIds: Array.from({ length: 21 }, () => randomUUID()) }, 'runIds'],
      [{ runIds: ['not-a-run'] }, 'runIds'],
      [{ runIds: [randomUUID()] }, 'runIds'],
    ] as const) {
      const r = await postQuery(server.url, EVIDENCE, { ...base, ...override });
      expect(fieldOf(r.body), JSON.stringify(override)).toBe(field);
    }
    for (const [args, field] of [
      [{ take: 101 }, 'take'],
      [{ take: 0 }, 'take'],
      [{ skip: -1 }, 'skip'],
    ] as const) {
      const r = await postQuery(server.url, IMAGES, args);
      expect(fieldOf(r.body), JSON.stringify(args)).toBe(field);
    }
  });
});
