import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelStore, UPLOAD_TTL_MS } from './model-store';

describe('ModelStore', () => {
  const store = (): ModelStore => {
    const s = new ModelStore(mkdtempSync(join(tmpdir(), 'tl-store-')));
    s.prepare();
    return s;
  };

  it('removes uploads not imported within the TTL, complete or partial, and keeps fresh ones', () => {
    const s = store();
    const [old, oldPart, fresh] = [s.newUploadId(), s.newUploadId(), s.newUploadId()];
    writeFileSync(s.uploadPath(old), 'x');
    writeFileSync(s.partPath(oldPart), 'x');
    writeFileSync(s.uploadPath(fresh), 'x');
    const longAgo = (Date.now() - UPLOAD_TTL_MS - 60_000) / 1000;
    utimesSync(s.uploadPath(old), longAgo, longAgo);
    utimesSync(s.partPath(oldPart), longAgo, longAgo);
    expect(s.sweep()).toBe(2);
    expect(readdirSync(s.uploadsDir)).toEqual([`${fresh}.onnx`]);
  });

  it('clears every upload of an earlier process at prepare', () => {
    const s = store();
    writeFileSync(s.uploadPath(s.newUploadId()), 'x');
    s.prepare();
    expect(readdirSync(s.uploadsDir)).toEqual([]);
  });

  it('adopts an upload under its checksum, or drops it when the content is already stored', async () => {
    const s = store();
    const sha = 'a'.repeat(64);
    const [first, second] = [s.newUploadId(), s.newUploadId()];
    writeFileSync(s.uploadPath(first), 'model');
    writeFileSync(s.uploadPath(second), 'model');
    expect(await s.adopt(first, sha)).toEqual({ added: true });
    expect(await s.adopt(second, sha)).toEqual({ added: false });
    expect(existsSync(s.path(sha))).toBe(true);
    expect(readdirSync(s.uploadsDir)).toEqual([]);
  });

  it('takes only server-issued upload ids and sha256 names (no paths from clients)', async () => {
    const s = store();
    expect(await s.upload('../../etc/passwd')).toBeUndefined();
    expect(() => s.uploadPath('../x')).toThrow(/not an upload id/);
    expect(() => s.path('../x')).toThrow(/not a sha256/);
  });
});
