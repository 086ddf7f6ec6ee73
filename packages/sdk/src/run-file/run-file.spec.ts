import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkRunFile, runFileChecksum, sealRunFile, type RunFile, type RunFileBody } from './run-file';

const K1 = '1'.repeat(64);
const K2 = '2'.repeat(64);
const LIMITS = { maxTrials: 100 };

function body(): RunFileBody {
  return {
    format: 'transferlab-run',
    formatVersion: 1,
    exportedAt: '2026-12-07T10:00:00.000Z',
    server: { version: '0.1.0' },
    run: { id: 'r1', analysis: 'transfer', analysisVersion: '1.0.0', params: { ns: [10, 20], seeds: 2 }, status: 'COMPLETED', createdAt: '2026-12-07T09:00:00.000Z', finishedAt: '2026-12-07T09:30:00.000Z', error: null },
    trials: [
      { key: K1, ordinal: 0, config: { n: 10, source: 'a' }, uses: { models: ['a'] }, checksums: { 'model:a': 'f'.repeat(64) }, status: 'DONE', failureReason: null },
      { key: K2, ordinal: 1, config: { n: 20, source: 'a' }, uses: { models: ['a'] }, checksums: { 'model:a': 'f'.repeat(64) }, status: 'FAILED', failureReason: 'boom' },
    ],
    results: [{ trialKey: K1, metrics: { accuracy: 0.625 }, series: [{ epoch: 1, accuracy: 0.5 }], details: { fooled: [true] }, provider: 'cpu', pluginName: 'transfer', pluginVersion: '1.0.0', createdAt: '2026-12-07T09:10:00.000Z' }],
    models: [{ id: 'a', name: 'A', checksum: 'f'.repeat(64), architecture: 'resnet', numClasses: 10, training: { kind: 'natural' }, metrics: null }],
  };
}

/** A deep copy, changed by `edit`, with the checksum left as it was (a tampered file). */
function tampered(file: RunFile, edit: (f: RunFile) => void): RunFile {
  const copy = JSON.parse(JSON.stringify(file)) as RunFile;
  edit(copy);
  return copy;
}

describe('runFileChecksum', () => {
  it('is the sha256 of the sorted-key, spaceless JSON of everything but the checksum', () => {
    const b = { format: 'transferlab-run', b: [2, { y: 1, x: 'é' }], a: null } as unknown as RunFileBody;
    const expected = createHash('sha256').update('{"a":null,"b":[2,{"x":"é","y":1}],"format":"transferlab-run"}', 'utf8').digest('hex');
    expect(runFileChecksum(b)).toBe(expected);
    // The checksum field itself is left out, whatever it holds.
    expect(runFileChecksum({ ...b, checksum: 'x' })).toBe(expected);
  });

  it('does not depend on key order, and changes with any value', () => {
    const sealed = sealRunFile(body());
    const shuffled = { ...Object.fromEntries(Object.entries(sealed).reverse()) } as RunFile;
    expect(runFileChecksum(shuffled)).toBe(sealed.checksum);
    expect(runFileChecksum(tampered(sealed, (f) => (f.results[0]!.metrics.accuracy = 0.626)))).not.toBe(sealed.checksum);
  });
});

describe('checkRunFile', () => {
  it('accepts a sealed file, also after a JSON round trip', () => {
    const sealed = sealRunFile(body());
    const checked = checkRunFile(JSON.parse(JSON.stringify(sealed)), LIMITS);
    expect(checked.issues).toEqual([]);
    expect(checked.file).toEqual(sealed);
  });

  const cases: [string, (f: RunFile) => void, { field: string; message: RegExp }, boolean][] = [
    ['a metric changed', (f) => (f.results[0]!.metrics.accuracy = 0.9), { field: 'checksum', message: /changed after export/ }, false],
    ['a param changed', (f) => (f.run.params.seeds = 3), { field: 'checksum', message: /content hashes to [0-9a-f]{64}/ }, false],
    ['another format', (f) => ((f as { format: string }).format = 'csv'), { field: 'format', message: /not a Transferlab run file/ }, true],
    ['another version', (f) => ((f as { formatVersion: number }).formatVersion = 2), { field: 'formatVersion', message: /version 2 is not supported; this Transferlab reads version 1/ }, true],
    ['a result of no trial', (f) => (f.results[0]!.trialKey = '3'.repeat(64)), { field: 'results.0.trialKey', message: /is not the key of any trial/ }, true],
    ['a result of a failed trial', (f) => (f.results[0]!.trialKey = K2), { field: 'results.0.trialKey', message: /is FAILED, so it has no result/ }, true],
    ['a duplicate trial key', (f) => (f.trials[1]!.key = K1), { field: 'trials.1.key', message: /duplicate trial key/ }, true],
    ['a second result of one trial', (f) => f.results.push({ ...f.results[0]! }), { field: 'results.1.trialKey', message: /a second result/ }, true],
    ['a done trial without its result', (f) => (f.results = []), { field: 'trials.0.status', message: /no result for it/ }, true],
    ['a pending trial', (f) => ((f.trials[0] as { status: string }).status = 'PENDING'), { field: 'trials.0.status', message: /DONE|FAILED|CANCELLED/ }, true],
    ['a field it does not know', (f) => ((f.run as Record<string, unknown>).extra = 1), { field: 'run', message: /extra/ }, true],
    ['a metric that is not a number', (f) => ((f.results[0]!.metrics as Record<string, unknown>).accuracy = 'high'), { field: 'results.0.metrics.accuracy', message: /number/ }, true],
  ];

  it.each(cases)('refuses %s, naming the field', (_name, edit, issue, reseal) => {
    const changed = tampered(sealRunFile(body()), edit);
    // Resealed, so the check behind the checksum is the one that refuses.
    const file = reseal ? { ...changed, checksum: runFileChecksum(changed) } : changed;
    const checked = checkRunFile(file, LIMITS);
    expect(checked.file).toBeUndefined();
    expect(checked.issues[0]).toMatchObject({ field: issue.field, message: expect.stringMatching(issue.message) as unknown });
  });

  it('refuses more trials than the limit before reading them', () => {
    const checked = checkRunFile({ ...sealRunFile(body()), trials: new Array(101).fill(null) }, LIMITS);
    expect(checked.issues).toEqual([{ field: 'trials', message: '101 trials; a run may have at most 100' }]);
  });

  it('refuses nesting deeper than 64 levels, naming where, before hashing anything', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const file = { ...sealRunFile(body()), run: { ...body().run, params: { deep } } };
    const checked = checkRunFile(file, LIMITS);
    expect(checked.issues).toHaveLength(1);
    expect(checked.issues[0]).toMatchObject({ field: expect.stringMatching(/^run\.params\.deep(\.0)+$/) as unknown, message: 'nested deeper than 64 levels of objects and arrays' });
    // 63 levels of params are fine (the file's own nesting counts too: run, params).
    let ok: unknown = 1;
    for (let i = 0; i < 60; i++) ok = [ok];
    const shallow = sealRunFile({ ...body(), run: { ...body().run, params: { ok } } });
    expect(checkRunFile(shallow, LIMITS).issues).toEqual([]);
  });

  it('refuses more models than the limit', () => {
    const models = Array.from({ length: 1001 }, (_, i) => ({ ...body().models[0]!, id: `m${i}` }));
    const checked = checkRunFile(sealRunFile({ ...body(), models }), LIMITS);
    expect(checked.issues[0]).toMatchObject({ field: 'models', message: expect.stringMatching(/1000/) as unknown });
  });

  it('refuses what is not an object', () => {
    expect(checkRunFile([1], LIMITS).issues).toEqual([{ field: '(file)', message: 'must be a JSON object' }]);
  });
});
