import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatSweepError } from './format-issues';
import { parseSweep, SweepFileError } from './sweep-file';

/** Inputs per run: small in CI; `TRANSFERLAB_FUZZ_COUNT=20000` for a longer run on demand. */
const COUNT = Number(process.env.TRANSFERLAB_FUZZ_COUNT ?? 1500);
const SEED = Number(process.env.TRANSFERLAB_FUZZ_SEED ?? 1);
const TINY = readFileSync(resolve(__dirname, '..', '..', '..', '..', 'examples', 'sweeps', 'tiny.yaml'), 'utf8');

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const TOKENS = ['{', '}', '[', ']', ':', ': ', '- ', '#', '&a', '*a', '!!int', '!!binary', '"', "'", '|', '>', '\t', '\n', '  ', '---', '...', '%YAML 1.2', '? ', '<<: *a', 'null', '~', '.nan', '-.inf', '0x1F', '1e309', '\u0000', '\uFEFF', '\uD800', 'é', 'analysis', 'params'];
const VALUES: readonly unknown[] = [null, 0, -1, 1.5, Infinity, '', 'x'.repeat(5000), true, [], {}, [[[]]], { a: { b: { c: 1 } } }, 'mnist', ['all'], [0, 'all'], -0, 2 ** 53 + 1];

/** Text-level mutations of a YAML file: byte flips, token insertions, line edits, truncation. */
function mutateText(r: Rand, text: string): string {
  let t = text;
  for (let k = 1 + int(r, 4); k > 0; k--) {
    const at = int(r, t.length + 1);
    switch (int(r, 6)) {
      case 0:
        t = t.slice(0, at) + String.fromCharCode(int(r, 256)) + t.slice(at + 1);
        break;
      case 1:
        t = t.slice(0, at) + pick(r, TOKENS) + t.slice(at);
        break;
      case 2:
        t = t.slice(0, at);
        break;
      case 3: {
        const lines = t.split('\n');
        lines.splice(int(r, lines.length), 1);
        t = lines.join('\n');
        break;
      }
      case 4: {
        const lines = t.split('\n');
        const i = int(r, lines.length);
        lines.splice(i, 0, lines[int(r, lines.length)] ?? '');
        t = lines.join('\n');
        break;
      }
      default:
        t = t.slice(0, at) + t.slice(at + 1 + int(r, 8));
    }
  }
  return t;
}

/** Field-level mutations: replace, drop or add keys in the parsed sweep, then write it as YAML or JSON. */
function mutateData(r: Rand): string {
  const data = parse(TINY) as Record<string, unknown>;
  const params = data.params as Record<string, unknown>;
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const where = r() < 0.3 ? data : params;
    const keys = Object.keys(where);
    const op = int(r, 3);
    if (op === 0 && keys.length > 0) where[pick(r, keys)] = pick(r, VALUES);
    else if (op === 1 && keys.length > 0) delete where[pick(r, keys)];
    else where[pick(r, ['analysis', 'params', 'description', 'extra', '__proto__', 'constructor', 'n'])] = pick(r, VALUES);
  }
  return r() < 0.5 ? stringify(data) : JSON.stringify(data);
}

describe('parseSweep under mutated files', () => {
  // Found by the fuzzer: an alias without its anchor parsed, then threw a bare ReferenceError.
  it('refuses an alias without its anchor as a syntax error at the alias', () => {
    const text = 'analysis: transfer\nparams:\n  sources: [*nat]\n';
    expect(() => parseSweep('sweep.yaml', text)).toThrow(SweepFileError);
    try {
      parseSweep('sweep.yaml', text);
    } catch (e) {
      expect((e as SweepFileError).issues[0]).toMatchObject({ message: expect.stringMatching(/^syntax error: .*nat/), position: { line: 3 } });
    }
  });

  it(`refuses each mutated copy of examples/sweeps/tiny.yaml with a message, or accepts it (${COUNT} inputs)`, () => {
    const r = seededRandom(SEED);
    const counts = { tried: 0, refused: 0, refusedSyntax: 0, refusedShape: 0, accepted: 0, unexplained: 0 };
    for (let i = 0; i < COUNT; i++) {
      const text = i % 2 === 0 ? mutateText(r, TINY) : mutateData(r);
      counts.tried++;
      try {
        const sweep = parseSweep('sweep.yaml', text);
        expect(typeof sweep.analysis).toBe('string');
        expect(sweep.params).toBeTypeOf('object');
        counts.accepted++;
      } catch (e) {
        if (!(e instanceof SweepFileError)) {
          counts.unexplained++;
          throw new Error(`input ${i} threw ${String(e)}; text: ${JSON.stringify(text).slice(0, 400)}`);
        }
        counts.refused++;
        if (e.stage === 'syntax') counts.refusedSyntax++;
        else counts.refusedShape++;
        expect(e.issues.length, JSON.stringify(text)).toBeGreaterThan(0);
        for (const issue of e.issues) {
          expect(issue.message.trim(), JSON.stringify(text)).not.toBe('');
          // A shape issue names its key, or speaks of the file as a whole; a syntax issue says where.
          if (e.stage === 'syntax') expect(issue.position, JSON.stringify(text)).toBeDefined();
          else if (issue.path === '') expect(issue.message).toMatch(/sweep file/);
        }
        expect(formatSweepError(e)).toContain('sweep.yaml');
      }
    }
    console.log(`fuzz sweep files: ${JSON.stringify(counts)}`);
    expect(counts.unexplained).toBe(0);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
  });
});
