import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResNet, encodeModel, type ModelDef } from '@transferlab/engine';
import { onnx } from 'onnx-proto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelsService } from '../src/models/models.service';
import { RunModelEntity } from '../src/models/run-model.entity';
import { DATABASES, type TestDatabase } from './helpers/databases';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'models-test-token-0001';
/** Small enough to test the cap cheaply, large enough for the test's ResNet-18 (~0.7 MB). */
const MAX_BYTES = 4 * 1024 * 1024;
const IMAGENET = { channels: 3 as const, height: 32, width: 32, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
const BLOCKS = ['layer1', 'layer2', 'layer3', 'layer4'].flatMap((l) => [0, 1].map((b) => `/${l}/${l}.${b}/relu_1/Relu_output_0`));

/** What torch.onnx.export writes for a torchvision ResNet-18 (BN folded, dynamic batch): its layout and names, no transferlab metadata. */
function resnet18(opset: number, seed = 5): { model: ModelDef; bytes: Uint8Array } {
  const built = buildResNet({ input: IMAGENET, classes: 10, width: 8, blocks: [2, 2, 2, 2], stem: 'imagenet', batchNorm: 'fused', opset, seed });
  const model: ModelDef = { ...built.model, producerName: 'pytorch', metadata: {} };
  return { model, bytes: encodeModel(model) };
}

/** The first initializer's data moved to an external file, as a large torch export writes it. */
function withExternalData(bytes: Uint8Array): Uint8Array {
  const p = onnx.ModelProto.decode(bytes);
  const t = p.graph!.initializer![0]!;
  t.dataLocation = onnx.TensorProto.DataLocation.EXTERNAL;
  t.externalData = [new onnx.StringStringEntryProto({ key: 'location', value: 'weights.bin' })];
  t.rawData = new Uint8Array(0);
  t.floatData = [];
  return onnx.ModelProto.encode(p).finish();
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const MODEL_FIELDS = /* GraphQL */ `
  id name origin architecture numClasses checksum size featureTensor blocks createdAt runCount
  input { channels height width mean std }
  training { kind norm eps dataset notes }
`;
const IMPORT = /* GraphQL */ `mutation ($input: ImportModelInput!) { importModel(input: $input) { ${MODEL_FIELDS} } }`;
const MODEL = /* GraphQL */ `query ($id: ID!) { model(id: $id) { ${MODEL_FIELDS} } }`;
const MODELS = /* GraphQL */ `{ models { ${MODEL_FIELDS} } }`;
const DELETE = /* GraphQL */ `mutation ($id: ID!) { deleteModel(id: $id) { id } }`;

interface ModelData {
  id: string;
  name: string;
  origin: string;
  architecture: string;
  numClasses: number;
  checksum: string;
  size: number;
  featureTensor: string;
  blocks: string[];
  createdAt: string;
  runCount: number;
  input: { channels: number; height: number; width: number; mean: number[]; std: number[] };
  training: { kind: string; norm: string | null; eps: number | null; dataset: string | null; notes: string | null };
}

interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string };
}

describe.each(DATABASES)('source models on $kind', { timeout: 300_000 }, ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  let base: string;
  let project: string;
  let storeDir: string;
  const cfg = resnet18(17, 11);

  beforeAll(async () => {
    db = await create();
    project = mkdtempSync(join(tmpdir(), 'tl-models-'));
    const root = join(project, 'models');
    mkdirSync(join(root, 'robust'), { recursive: true });
    writeFileSync(join(root, 'robust', 'resnet18-l2-3.onnx'), cfg.bytes);
    const configFile = join(project, 'transferlab.config.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        plugins: [],
        models: [
          {
            id: 'cfg-resnet18-l2-3',
            file: 'robust/resnet18-l2-3.onnx',
            name: 'ResNet-18, L2 eps 3 (config)',
            architecture: 'resnet18',
            input: IMAGENET,
            training: { kind: 'adversarial', norm: 'L2', eps: 3, dataset: 'imagenet' },
          },
        ],
      }),
    );
    server = await startTestServer(
      {
        TRANSFERLAB_DATABASE_URL: db.url,
        TRANSFERLAB_API_TOKEN: TOKEN,
        TRANSFERLAB_PLUGINS_CONFIG: configFile,
        TRANSFERLAB_MODEL_ROOTS: root,
        TRANSFERLAB_MAX_MODEL_BYTES: String(MAX_BYTES),
      },
      [],
    );
    base = new URL(server.url).origin;
    storeDir = join(server.config.dataDir, 'model-store');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(project, { recursive: true, force: true });
  });

  /** Upload with the API token, another token, or none (null). */
  const upload = async (body: Uint8Array | ReadableStream<Uint8Array>, token: string | null = TOKEN, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/models/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token !== null ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    });
    return { status: res.status, body: (await res.json()) as { uploadId: string; sha256: string; bytes: number; message?: string; reason?: string } };
  };
  const importModel = (input: Record<string, unknown>, token: string | null = TOKEN) =>
    postQuery<{ importModel: ModelData }>(server.url, IMPORT, { input: { input: IMAGENET, training: { kind: 'natural' }, ...input } }, token ?? undefined);
  const model = async (id: string) => (await postQuery<{ model: ModelData }>(server.url, MODEL, { id })).body;
  /** Files in the store (not in uploads/), and what uploads/ holds. */
  const stored = () => readdirSync(storeDir).filter((f) => f.endsWith('.onnx')).sort();
  const uploads = () => readdirSync(join(storeDir, 'uploads'));

  /** Upload the bytes, import them, and expect a refusal that stored nothing. */
  async function refused(bytes: Uint8Array, input: Record<string, unknown>, idTaken = false): Promise<GqlError> {
    const before = stored();
    const up = await upload(bytes);
    expect(up.status).toBe(201);
    const { body } = await importModel({ uploadId: up.body.uploadId, ...input });
    expect(body.data ?? null).toBeNull();
    const error = body.errors![0]!;
    expect(stored()).toEqual(before);
    expect(uploads().filter((f) => f.startsWith(up.body.uploadId))).toEqual([]);
    if (typeof input.id === 'string' && !idTaken) expect((await model(input.id)).errors?.[0]?.extensions?.reason).toBe('MODEL_NOT_FOUND');
    return error;
  }

  it('imports an uploaded torchvision-layout ResNet-18 (opset 13 and 17): detected blocks and feature tensor, listed by models', async () => {
    for (const opset of [13, 17]) {
      const { bytes } = resnet18(opset);
      const up = await upload(bytes);
      expect(up.status).toBe(201);
      expect(up.body).toEqual({ uploadId: expect.stringMatching(/^[0-9a-f-]{36}$/), sha256: sha256(bytes), bytes: bytes.byteLength });
      const { body } = await importModel({
        uploadId: up.body.uploadId,
        id: `resnet18-opset${opset}`,
        name: `ResNet-18 (opset ${opset})`,
        architecture: 'resnet18',
        training: { kind: 'natural', dataset: 'imagenet', notes: 'torchvision layout, built by the test' },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!.importModel).toMatchObject({
        id: `resnet18-opset${opset}`,
        name: `ResNet-18 (opset ${opset})`,
        origin: 'upload',
        architecture: 'resnet18',
        numClasses: 10,
        checksum: sha256(bytes),
        size: bytes.byteLength,
        featureTensor: '/Flatten_output_0',
        blocks: BLOCKS,
        runCount: 0,
        input: IMAGENET,
        training: { kind: 'natural', norm: null, eps: null, dataset: 'imagenet', notes: 'torchvision layout, built by the test' },
      });
      expect(stored()).toContain(`${sha256(bytes)}.onnx`);
      expect(uploads().filter((f) => f.startsWith(up.body.uploadId))).toEqual([]);
    }
    const { body } = await postQuery<{ models: ModelData[] }>(server.url, MODELS);
    expect(body.errors).toBeUndefined();
    const listed = body.data!.models.filter((m) => m.origin === 'upload');
    expect(listed.map((m) => m.id)).toEqual(['resnet18-opset13', 'resnet18-opset17']);
    for (const m of listed) expect(m.blocks).toHaveLength(8);
    expect((await model('resnet18-opset17')).data!.model.featureTensor).toBe('/Flatten_output_0');
  });

  it('fine-tunes the imported ResNet-18 in a transfer run at depths 0 and 1 through a worker, and refuses to delete it then', async () => {
    const params = { sources: ['resnet18-opset17'], targets: ['mnist'], n: [20], depths: [0, 1], seeds: [0], epochs: 2, batchSize: 10, testLimit: 40 };
    const started = await postQuery<{ startRun: { id: string; trialCount: number } }>(server.url, START, { input: { analysis: 'transfer', params } }, TOKEN);
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data!.startRun.trialCount).toBe(2);
    const run = await waitForRun(server.url, started.body.data!.startRun.id, 240_000);
    expect(run.status).toBe('COMPLETED');
    expect(run.trials.map((t) => t.config.depth).sort()).toEqual([0, 1]);
    for (const t of run.trials) {
      expect(t.uses).toMatchObject({ models: ['resnet18-opset17'], datasets: [{ name: 'mnist' }] });
      expect(t.result!.series).toHaveLength(2);
      expect(t.result!.metrics.n).toBe(20);
      expect(t.result!.metrics.testAccuracy).toBeGreaterThanOrEqual(0);
      expect(t.result!.provider).toBe('cpu');
    }
    expect((await model('resnet18-opset17')).data!.model.runCount).toBe(1);
    const del = await postQuery(server.url, DELETE, { id: 'resnet18-opset17' }, TOKEN);
    expect(del.body.errors?.[0]?.extensions?.reason).toBe('MODEL_IN_USE');
  });

  it('lists the bundled zoo and the configuration entry as records after boot', async () => {
    const { body } = await postQuery<{ models: ModelData[] }>(server.url, MODELS);
    expect(body.data!.models.filter((m) => m.origin === 'zoo').length).toBeGreaterThan(0);
    const m = (await model('cfg-resnet18-l2-3')).data!.model;
    expect(m).toMatchObject({
      name: 'ResNet-18, L2 eps 3 (config)',
      origin: 'config',
      architecture: 'resnet18',
      checksum: sha256(cfg.bytes),
      blocks: BLOCKS,
      featureTensor: '/Flatten_output_0',
      training: { kind: 'adversarial', norm: 'L2', eps: 3, dataset: 'imagenet' },
    });
    expect(stored()).toContain(`${sha256(cfg.bytes)}.onnx`);
  });

  it('refuses bad files with the engine message and stores nothing: not ONNX, truncated, external data, an unsupported op', async () => {
    const { model: def, bytes } = resnet18(13, 21);
    const notOnnx = await refused(new TextEncoder().encode('this is not a model, just text\n'.repeat(20)), { id: 'not-onnx' });
    expect(notOnnx.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_MODEL_FILE' });
    expect(notOnnx.message).toMatch(/^the uploaded file cannot be imported: .*(not an ONNX model|truncated or malformed)/);

    const truncated = await refused(bytes.slice(0, Math.floor(bytes.length / 2)), { id: 'truncated' });
    expect(truncated.extensions?.reason).toBe('INVALID_MODEL_FILE');
    expect(truncated.message).toMatch(/truncated/);

    const external = await refused(withExternalData(bytes), { id: 'external' });
    expect(external.extensions?.reason).toBe('INVALID_MODEL_FILE');
    expect(external.message).toMatch(/initializer '.+' stores its data externally \(data_location EXTERNAL\)/);

    const lp: ModelDef = { ...def, graph: { ...def.graph, nodes: def.graph.nodes.map((n) => (n.opType === 'GlobalAveragePool' ? { ...n, opType: 'GlobalLpPool' } : n)) } };
    const unsupported = await refused(encodeModel(lp), { id: 'unsupported' });
    expect(unsupported.extensions?.reason).toBe('INVALID_MODEL_FILE');
    expect(unsupported.message).toMatch(/node '\/avgpool\/GlobalAveragePool' has op type 'GlobalLpPool', which is not supported/);
  });

  it('refuses facts that do not fit, naming the field, and a duplicate id; stores nothing', async () => {
    const { bytes } = resnet18(17, 31);
    const spec = await refused(bytes, { id: 'wrong-size', input: { ...IMAGENET, height: 64 } });
    expect(spec.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_MODEL_INPUT', field: 'input' });
    expect(spec.message).toMatch(/the input spec says \[N, 3, 64, 32\]/);

    const adversarial = await refused(bytes, { id: 'no-eps', training: { kind: 'adversarial', norm: 'Linf' } });
    expect(adversarial.extensions).toMatchObject({ reason: 'INVALID_MODEL_INPUT', field: 'training' });
    expect(adversarial.message).toMatch(/needs training.norm and training.eps/);

    const feature = await refused(bytes, { id: 'bad-feature', featureTensor: 'no-such-tensor' });
    expect(feature.extensions).toMatchObject({ reason: 'INVALID_MODEL_INPUT', field: 'featureTensor' });

    const dup = await refused(bytes, { id: 'resnet18-opset13' }, true);
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_MODEL', field: 'id' });
    expect(dup.message).toBe("a model with id 'resnet18-opset13' already exists");
    expect((await model('resnet18-opset13')).data!.model.origin).toBe('upload');
  });

  it('checks every argument before any work, naming the field', async () => {
    const up = await upload(resnet18(13).bytes);
    const cases: [Record<string, unknown>, string][] = [
      [{ id: 'Not A Slug' }, 'id'],
      [{ id: 'x'.repeat(101) }, 'id'],
      [{ id: 'ok', name: 'n'.repeat(201) }, 'name'],
      [{ id: 'ok', input: { ...IMAGENET, height: 0 } }, 'input.height'],
      [{ id: 'ok', input: { ...IMAGENET, std: [0.2, -1, 0.2] } }, 'input.std'],
      [{ id: 'ok', blocks: Array.from({ length: 201 }, (_, i) => `b${i}`) }, 'blocks'],
      [{ id: 'ok', training: { kind: 'robust' } }, 'training.kind'],
      [{ id: 'ok', training: { kind: 'natural', notes: 'n'.repeat(2001) } }, 'training.notes'],
      [{ id: 'ok', uploadId: 'not-an-upload' }, 'uploadId'],
    ];
    for (const [input, field] of cases) {
      const { body } = await importModel({ uploadId: up.body.uploadId, ...input });
      expect(body.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // Arguments refused before any work leave the upload for a corrected import.
    expect(uploads()).toContain(`${up.body.uploadId}.onnx`);
    const { body } = await importModel({ uploadId: '00000000-0000-4000-8000-000000000000', id: 'gone' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'UPLOAD_NOT_FOUND', field: 'uploadId' });
  });

  it('refuses an upload over TRANSFERLAB_MAX_MODEL_BYTES with 413 and keeps no file, announced or streamed', async () => {
    const before = uploads();
    const big = new Uint8Array(MAX_BYTES + 1);
    const announced = await upload(big);
    expect(announced.status).toBe(413);
    expect(announced.body).toMatchObject({ reason: 'UPLOAD_TOO_LARGE', message: expect.stringMatching(/over the limit of 4194304 bytes/) });
    expect(uploads()).toEqual(before);
    // Chunked, without content-length: counted while streaming.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > MAX_BYTES + 65536) return c.close();
        sent += 65536;
        c.enqueue(new Uint8Array(65536));
      },
    });
    const streamed = await upload(stream).catch((e: unknown) => ({ status: 0, body: { message: String(e) } }));
    // The server answers 413 and closes the connection; the client may see the answer or the close.
    if (streamed.status !== 0) expect(streamed.status).toBe(413);
    await new Promise((r) => setTimeout(r, 200));
    expect(uploads()).toEqual(before);
  });

  it('refuses uploads and mutations without the token', async () => {
    const { bytes } = resnet18(13);
    const before = uploads();
    expect((await upload(bytes, null)).status).toBe(401);
    const wrong = await upload(bytes, 'not-the-token-at-all');
    expect(wrong.status).toBe(401);
    expect(wrong.body.reason).toBe('INVALID_TOKEN');
    expect(uploads()).toEqual(before);
    const up = await upload(bytes);
    const anonymous = await importModel({ uploadId: up.body.uploadId, id: 'anonymous' }, null);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const del = await postQuery(server.url, DELETE, { id: 'resnet18-opset13' });
    expect(del.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await model('anonymous')).errors?.[0]?.extensions?.reason).toBe('MODEL_NOT_FOUND');
  });

  it('resolves descriptors for the run lifecycle, naming unknown ids and the available ones', async () => {
    const service = server.app.get(ModelsService);
    const [d] = await service.descriptors(['cfg-resnet18-l2-3']);
    expect(d).toMatchObject({ id: 'cfg-resnet18-l2-3', origin: 'config', checksum: sha256(cfg.bytes), file: join(storeDir, `${sha256(cfg.bytes)}.onnx`) });
    expect(existsSync(d!.file)).toBe(true);
    await expect(service.descriptors(['cfg-resnet18-l2-3', 'nope', 'nada'])).rejects.toThrow(/^no model with id 'nope', 'nada'; available: .*cfg-resnet18-l2-3/);
  });

  it('refuses to delete a model a run uses, or one of the configuration or a plugin; deletes it (and its file) otherwise', async () => {
    const ds = server.app.get(DataSource);
    const runId = '00000000-0000-4000-8000-00000000beef';
    await ds.transaction((m) => server.app.get(ModelsService).recordRunModels(runId, ['resnet18-opset13', 'resnet18-opset13'], m));
    expect(await ds.getRepository(RunModelEntity).countBy({ runId })).toBe(1);
    expect((await model('resnet18-opset13')).data!.model.runCount).toBe(1);
    const inUse = await postQuery(server.url, DELETE, { id: 'resnet18-opset13' }, TOKEN);
    expect(inUse.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MODEL_IN_USE' });
    expect(inUse.body.errors?.[0]?.message).toMatch(new RegExp(`used by 1 run \\(${runId}\\)`));

    const managed = await postQuery(server.url, DELETE, { id: 'cfg-resnet18-l2-3' }, TOKEN);
    expect(managed.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MODEL_MANAGED' });
    expect((await postQuery(server.url, DELETE, { id: 'no-such-model' }, TOKEN)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await ds.getRepository(RunModelEntity).delete({ runId });
    const checksum = (await model('resnet18-opset13')).data!.model.checksum;
    const ok = await postQuery<{ deleteModel: { id: string } }>(server.url, DELETE, { id: 'resnet18-opset13' }, TOKEN);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.deleteModel.id).toBe('resnet18-opset13');
    expect((await model('resnet18-opset13')).errors?.[0]?.extensions?.reason).toBe('MODEL_NOT_FOUND');
    expect(stored()).not.toContain(`${checksum}.onnx`);
  });
});

describe('configured models across boots (SQLite)', { timeout: 120_000 }, () => {
  const spec = { ...IMAGENET };
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'tl-models-boot-'));
    mkdirSync(join(project, 'models'));
    mkdirSync(join(project, 'data'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const boot = (models: unknown[]) => {
    const configFile = join(project, 'transferlab.config.json');
    writeFileSync(configFile, JSON.stringify({ plugins: [], models }));
    return startTestServer(
      { TRANSFERLAB_DATA_DIR: join(project, 'data'), TRANSFERLAB_PLUGINS_CONFIG: configFile, TRANSFERLAB_MODEL_ROOTS: join(project, 'models') },
      [],
    );
  };

  it('stops boot with a message naming a configuration entry that cannot be imported', async () => {
    await expect(boot([{ id: 'missing', file: 'nope.onnx', input: spec, training: { kind: 'natural' } }])).rejects.toThrow(
      /transferlab\.config\.json models\[0\] \('missing'\): model file 'nope\.onnx': does not exist under the model roots/,
    );
    const { model } = resnet18(13, 41);
    const lp: ModelDef = { ...model, graph: { ...model.graph, nodes: model.graph.nodes.map((n) => (n.opType === 'MaxPool' ? { ...n, opType: 'LpPool' } : n)) } };
    writeFileSync(join(project, 'models', 'lp.onnx'), encodeModel(lp));
    await expect(boot([{ id: 'lp', file: 'lp.onnx', input: spec, training: { kind: 'natural' } }])).rejects.toThrow(
      /models\[0\] \('lp'\): node '\/maxpool\/MaxPool' has op type 'LpPool', which is not supported/,
    );
  });

  it('keeps a configured model across restarts and removes it (and its file) once its entry is gone', async () => {
    const { bytes } = resnet18(17, 43);
    writeFileSync(join(project, 'models', 'r18.onnx'), bytes);
    const entry = { id: 'cfg-r18', file: 'r18.onnx', input: spec, training: { kind: 'natural', dataset: 'imagenet' } };
    const file = join(project, 'data', 'model-store', `${sha256(bytes)}.onnx`);
    let server = await boot([entry]);
    const first = (await postQuery<{ model: ModelData }>(server.url, MODEL, { id: 'cfg-r18' })).body.data!.model;
    expect(first).toMatchObject({ origin: 'config', blocks: BLOCKS });
    await server.close();
    server = await boot([entry]);
    expect((await postQuery<{ model: ModelData }>(server.url, MODEL, { id: 'cfg-r18' })).body.data!.model.createdAt).toBe(first.createdAt);
    await server.close();
    expect(existsSync(file)).toBe(true);
    server = await boot([]);
    expect((await postQuery(server.url, MODEL, { id: 'cfg-r18' })).body.errors?.[0]?.extensions?.reason).toBe('MODEL_NOT_FOUND');
    expect(existsSync(file)).toBe(false);
    await server.close();
  });
});
