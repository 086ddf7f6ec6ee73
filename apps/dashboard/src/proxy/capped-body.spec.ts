import { describe, expect, it } from 'vitest';
import { announcedTooLarge, capBody } from './capped-body';

const CHUNK = 64 * 1024;

/** A body of `total` bytes made on demand, counting what has been pulled from it (nothing is kept). */
function generated(total: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(CHUNK).fill(7);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        if (pulled >= total) return c.close();
        const n = Math.min(CHUNK, total - pulled);
        pulled += n;
        c.enqueue(n === CHUNK ? chunk : chunk.subarray(0, n));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

describe('capBody', () => {
  it('passes a body within the cap through unchanged', async () => {
    const source = generated(3 * CHUNK + 5);
    const capped = capBody(source.stream, 3 * CHUNK + 5);
    expect((await new Response(capped.stream).arrayBuffer()).byteLength).toBe(3 * CHUNK + 5);
    expect(capped.exceeded()).toBe(false);
  });

  it('errors as soon as the cap is passed: of a 300 MB body, one chunk past the cap is read', async () => {
    const cap = 1024 * 1024;
    const source = generated(300 * 1024 * 1024);
    const capped = capBody(source.stream, cap);
    await expect(new Response(capped.stream).arrayBuffer()).rejects.toThrow(/larger than 1048576 bytes/);
    expect(capped.exceeded()).toBe(true);
    expect(source.pulled()).toBeLessThanOrEqual(cap + CHUNK);
  });

  it('reads no further ahead than its reader: a stalled upstream holds at most a chunk here', async () => {
    const source = generated(100 * CHUNK);
    const reader = capBody(source.stream, 1_000 * CHUNK).stream.getReader();
    let consumed = 0;
    for (let i = 0; i < 10; i++) {
      const { value } = await reader.read();
      consumed += value!.byteLength;
      // Give any read-ahead every chance to happen before measuring.
      await new Promise((ok) => setTimeout(ok, 5));
      expect(source.pulled() - consumed).toBeLessThanOrEqual(CHUNK);
    }
    await reader.cancel();
  });
});

describe('announcedTooLarge', () => {
  it.each([
    [undefined, false],
    ['10', false],
    ['11', true],
    ['not a number', false],
  ])('content-length %s over a cap of 10: %s', (length, expected) => {
    const headers: Record<string, string> = length === undefined ? {} : { 'content-length': length };
    expect(announcedTooLarge(new Request('http://d.test/', { method: 'POST', headers }), 10)).toBe(expected);
  });
});
