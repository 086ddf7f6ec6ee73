import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, trialKey } from './trial-key';

describe('trialKey', () => {
  it('is the sha256 of the canonical JSON (keys sorted at every level)', () => {
    const input = { config: { b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } }, pluginVersions: { 'analysis:t': '1.0.0' } };
    const expected = '{"config":{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1},"pluginVersions":{"analysis:t":"1.0.0"}}';
    expect(canonicalJson(input)).toBe(expected);
    expect(trialKey(input)).toBe(createHash('sha256').update(expected).digest('hex'));
  });

  it('does not depend on key order, and changes with the config, a plugin version or a checksum', () => {
    const base = trialKey({ config: { source: 's', n: 10 }, pluginVersions: { 'analysis:t': '1.0.0' } });
    expect(trialKey({ config: { n: 10, source: 's' }, pluginVersions: { 'analysis:t': '1.0.0' } })).toBe(base);
    expect(trialKey({ config: { n: 20, source: 's' }, pluginVersions: { 'analysis:t': '1.0.0' } })).not.toBe(base);
    expect(trialKey({ config: { n: 10, source: 's' }, pluginVersions: { 'analysis:t': '1.0.1' } })).not.toBe(base);
    expect(trialKey({ config: { n: 10, source: 's' }, pluginVersions: { 'analysis:t': '1.0.0' }, checksums: { s: 'ab' } })).not.toBe(base);
  });
});
