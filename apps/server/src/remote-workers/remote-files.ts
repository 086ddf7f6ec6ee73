import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetKey, datasetRef, type DatasetSpec } from '@transferlab/sdk';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { unpackDataset } from '../job-host/dataset-bundle';

/** Largest file a worker accepts from the server (a model or a packed dataset). */
export const MAX_FETCH_BYTES = 4 * 1024 ** 3;

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/**
 * A worker's local copies of the models and datasets its trials use, by checksum: what it
 * lacks it fetches from the server (worker token), checks (a model by the sha256 of its bytes,
 * a dataset by its content checksum) and keeps under its own data directory. Nothing is read
 * from the server's filesystem.
 */
export class RemoteFiles {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly serverUrl: string,
    private readonly token: string | undefined,
    private readonly dataDir: string,
  ) {}

  /** The descriptors with `file` pointing at this machine's copy. */
  async models(descriptors: readonly ModelDescriptor[]): Promise<ModelDescriptor[]> {
    return Promise.all(descriptors.map(async (d) => ({ ...d, file: await this.model(d.checksum) })));
  }

  /** This machine's packed copy of each declared dataset, by dataset key. */
  async datasets(specs: readonly DatasetSpec[], checksums: Readonly<Record<string, string>>): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const spec of specs) {
      const key = datasetKey(spec);
      const checksum = checksums[`dataset:${key}`];
      if (checksum === undefined) throw new Error(`the trial has no checksum for dataset '${key}'`);
      out[key] = await this.dataset(spec, checksum);
    }
    return out;
  }

  model(checksum: string): Promise<string> {
    const file = join(this.dataDir, 'model-store', `${checksum}.onnx`);
    return this.once(file, async () => {
      const bytes = await this.get(`/worker-files/models/${checksum}`, `model ${checksum}`);
      const actual = sha256(bytes);
      if (actual !== checksum) throw new Error(`model ${checksum}: the server sent bytes with sha256 ${actual}; refused`);
      return bytes;
    });
  }

  dataset(spec: DatasetSpec, checksum: string): Promise<string> {
    const file = join(this.dataDir, 'dataset-bundles', `${checksum}.bin`);
    return this.once(file, async () => {
      const query = new URLSearchParams({ spec: JSON.stringify(datasetRef(spec)) });
      const bytes = await this.get(`/worker-files/datasets/${checksum}?${query.toString()}`, `dataset '${datasetKey(spec)}'`);
      unpackDataset(bytes, checksum);
      return bytes;
    });
  }

  /** The file if this machine has it, else fetched, checked and written (atomically) once however many trials ask. */
  private once(file: string, fetchChecked: () => Promise<Uint8Array>): Promise<string> {
    if (existsSync(file)) return Promise.resolve(file);
    let p = this.inFlight.get(file);
    if (!p) {
      p = (async () => {
        const bytes = await fetchChecked();
        await mkdir(join(file, '..'), { recursive: true });
        const tmp = `${file}.${process.pid}.part`;
        await writeFile(tmp, bytes);
        await rename(tmp, file);
        return file;
      })().finally(() => this.inFlight.delete(file));
      this.inFlight.set(file, p);
    }
    return p;
  }

  private async get(path: string, what: string): Promise<Uint8Array> {
    let res: Response;
    try {
      res = await fetch(`${this.serverUrl}${path}`, { headers: this.token ? { authorization: `Bearer ${this.token}` } : {} });
    } catch (e) {
      throw new Error(`cannot reach the server at ${this.serverUrl} (TRANSFERLAB_SERVER_URL) for ${what}: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`);
    }
    if (!res.ok) {
      const body = await res.text().catch(() => '');
      let reason = body;
      try {
        reason = (JSON.parse(body) as { message?: string }).message ?? body;
      } catch {
        // not JSON: the text as it came
      }
      throw new Error(`the server refused ${what}: HTTP ${res.status} ${reason}`.trim());
    }
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > MAX_FETCH_BYTES) throw new Error(`${what}: ${length} bytes, over the ${MAX_FETCH_BYTES}-byte limit`);
    return new Uint8Array(await res.arrayBuffer());
  }
}
