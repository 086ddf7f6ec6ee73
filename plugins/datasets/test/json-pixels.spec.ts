import { describe, expect, it } from 'vitest';
import { decodeJsonPixels } from '../src/bundled/json-pixels';

const decode = (text: string, values: 'byte' | 'unit', nested: boolean, rowLength = 3) => {
  const rows: number[][] = [];
  const n = decodeJsonPixels(Buffer.from(text), 'f.json', {
    rowLength,
    values,
    nested,
    onRow: (r) => rows.push(Array.from(r)),
  });
  return { n, rows };
};

describe('decodeJsonPixels', () => {
  it('decodes nested byte rows and skips empty arrays, as JSON.parse would read them', () => {
    const text = '{"data":[[1,2,3],[],[255,0,17]]}';
    const { n, rows } = decode(text, 'byte', true);
    expect(n).toBe(2);
    const parsed = (JSON.parse(text) as { data: number[][] }).data.filter((r) => r.length);
    expect(rows).toEqual(parsed);
  });

  it('decodes flat unit floats back to the bytes they were made from', () => {
    const bytes = [0, 51, 128, 253, 255, 1];
    const text = `{ "data": [${bytes.map((b) => Number((b / 255).toFixed(3))).join(',')}] }`;
    const { rows } = decode(text, 'unit', false);
    expect(rows.flat()).toEqual(bytes);
  });

  it.each([
    ['{"data":[[1,2],[3,4,5]]}', 'byte', true, /f\.json: image array of 2 values, expected 3 at byte 13/],
    ['{"data":[[1,2,300]]}', 'byte', true, /pixel 300 is not an integer 0\.\.255/],
    ['{"data":[[1,2,3.5]]}', 'byte', true, /pixel 3 is not an integer/],
    ['{"data":[0.502,-1,0]}', 'unit', false, /negative or exponent number/],
    ['{"data":[0.502,1.2,0]}', 'unit', false, /pixel 1\.2 is not a byte\/255 value/],
    ['{"data":[0.502,0.3,0]}', 'unit', false, /pixel 0\.3 is not a byte\/255 value/],
    ['{"data":[0,0,0,1]}', 'unit', false, /1 values left after the last full image of 3/],
    ['{"n":5,"data":[]}', 'byte', true, /number outside the pixel arrays/],
  ] as const)('refuses %s', (text, values, nested, message) => {
    expect(() => decode(text, values, nested)).toThrow(message);
  });
});
