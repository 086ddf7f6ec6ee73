import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Folder of the model store under the data directory. */
export const MODEL_STORE_DIR = 'model-store';
/** An upload not imported within this time is removed. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;

const SHA256 = /^[0-9a-f]{64}$/;
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The store's file name of some bytes: `<sha256>.onnx`. */
export function storeFileName(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256 hex digest: '${sha256}'`);
  return `${sha256}.onnx`;
}

/**
 * Files of the model store, `<data dir>/model-store`: one `<sha256>.onnx` per distinct content,
 * and `uploads/` for uploads waiting to be imported (`<id>.part` while streaming, `<id>.onnx`
 * once complete). Uploads live in the same folder tree so an import is a rename. Only the
 * server process writes here (the data worker writes synced files with the same names, by checksum).
 */
export class ModelStore {
  readonly dir: string;
  readonly uploadsDir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, MODEL_STORE_DIR);
    this.uploadsDir = join(this.dir, 'uploads');
  }

  /** Creates the folders and removes every upload left by an earlier process (their ids died with it). */
  prepare(): void {
    mkdirSync(this.uploadsDir, { recursive: true });
    for (const f of readdirSync(this.uploadsDir)) rmSync(join(this.uploadsDir, f), { force: true, recursive: true });
  }

  path(sha256: string): string {
    return join(this.dir, storeFileName(sha256));
  }

  newUploadId(): string {
    return randomUUID();
  }

  isUploadId(id: string): boolean {
    return UPLOAD_ID.test(id);
  }

  partPath(uploadId: string): string {
    return join(this.uploadsDir, `${this.checkedId(uploadId)}.part`);
  }

  uploadPath(uploadId: string): string {
    return join(this.uploadsDir, `${this.checkedId(uploadId)}.onnx`);
  }

  /** The completed upload's path, or undefined when there is none (never uploaded, expired, imported). */
  async upload(uploadId: string): Promise<string | undefined> {
    if (!this.isUploadId(uploadId)) return undefined;
    const p = this.uploadPath(uploadId);
    try {
      return (await stat(p)).isFile() ? p : undefined;
    } catch {
      return undefined;
    }
  }

  /** Moves a completed upload into the store under its checksum; when the content is already there, drops the upload. */
  async adopt(uploadId: string, sha256: string): Promise<{ added: boolean }> {
    const target = this.path(sha256);
    const exists = await stat(target).then(() => true, () => false);
    if (exists) {
      await this.removeUpload(uploadId);
      return { added: false };
    }
    await rename(this.uploadPath(uploadId), target);
    return { added: true };
  }

  async removeUpload(uploadId: string): Promise<void> {
    if (!this.isUploadId(uploadId)) return;
    await rm(this.uploadPath(uploadId), { force: true });
    await rm(this.partPath(uploadId), { force: true });
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.path(sha256), { force: true });
  }

  /** Removes uploads (complete or partial) last written before `now - ttlMs`; returns how many. */
  sweep(now: number = Date.now(), ttlMs: number = UPLOAD_TTL_MS): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.uploadsDir);
    } catch {
      return 0;
    }
    for (const f of names) {
      const p = join(this.uploadsDir, f);
      try {
        if (statSync(p).mtimeMs < now - ttlMs) {
          rmSync(p, { force: true });
          removed++;
        }
      } catch {
        // Imported or removed meanwhile.
      }
    }
    return removed;
  }

  private checkedId(uploadId: string): string {
    if (!this.isUploadId(uploadId)) throw new Error(`not an upload id: '${uploadId}'`);
    return uploadId;
  }
}
