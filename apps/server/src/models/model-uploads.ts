import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { ModelStore } from './model-store';
import { ModelsErrorCode, ModelsException } from './models.exception';

/** What POST /models/upload answers: the id importModel takes, and what was received. */
export interface UploadReceipt {
  readonly uploadId: string;
  readonly sha256: string;
  readonly bytes: number;
}

/**
 * Streams a request body into the model store's uploads folder, hashing as it goes; never holds
 * the file in memory. Past TRANSFERLAB_MAX_MODEL_BYTES (announced by content-length, or counted)
 * it stops and removes what it wrote.
 */
@Injectable()
export class ModelUploads {
  constructor(
    @InjectConfig() private readonly config: TransferlabConfig,
    private readonly store: ModelStore,
  ) {}

  async receive(req: IncomingMessage): Promise<UploadReceipt> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      throw new ModelsException(ModelsErrorCode.UploadContentType, `send the .onnx file as the raw request body with content-type application/octet-stream (got '${type || 'none'}')`);
    }
    const max = this.config.maxModelBytes;
    const announced = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(announced) && announced > max) throw this.tooLarge(announced);
    const uploadId = this.store.newUploadId();
    const part = this.store.partPath(uploadId);
    const hash = createHash('sha256');
    let bytes = 0;
    const out = createWriteStream(part, { flags: 'wx', mode: 0o600 });
    // A write error (disk full) rejects the pending 'drain' or 'finish' wait; after a refusal,
    // writes cut short by destroy() report here instead of crashing the process.
    out.on('error', () => undefined);
    try {
      // Not destroying the request on an early stop lets the 413 reach the client.
      for await (const chunk of req.iterator({ destroyOnReturn: false })) {
        const buf = chunk as Buffer;
        bytes += buf.byteLength;
        if (bytes > max) throw this.tooLarge(bytes, true);
        hash.update(buf);
        if (!out.write(buf)) await once(out, 'drain');
      }
      if (bytes === 0) throw new ModelsException(ModelsErrorCode.InvalidModelFile, 'the request body is empty; send the .onnx file as the body');
      out.end();
      await once(out, 'finish');
      await rename(part, this.store.uploadPath(uploadId));
      return { uploadId, sha256: hash.digest('hex'), bytes };
    } catch (e) {
      // Closed before the file is removed, so a late open or write cannot recreate it.
      if (!out.closed) {
        const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
        out.destroy();
        await closed;
      }
      await rm(part, { force: true });
      throw e;
    }
  }

  private tooLarge(bytes: number, counted = false): ModelsException {
    const max = this.config.maxModelBytes;
    const size = counted ? 'the model file is over' : `the model file is ${bytes} bytes, over`;
    return new ModelsException(ModelsErrorCode.UploadTooLarge, `${size} the limit of ${max} bytes (TRANSFERLAB_MAX_MODEL_BYTES)`);
  }
}
