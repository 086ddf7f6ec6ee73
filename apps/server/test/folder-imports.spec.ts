import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderGraph, folderLoops } from './helpers/folder-graph';

const SRC = join(__dirname, '..', 'src');

/** The folders that run trials and other worker jobs, and those that use them. */
const WORKER_AREA = ['job-host', 'queue', 'remote-workers', 'models', 'catalog', 'runs'];

describe('folder imports of src/', () => {
  const graph = folderGraph(SRC);

  it('puts the job host, the queue and the remote workers in no import loop', () => {
    const looped = new Set(folderLoops(graph).flat());
    expect(['job-host', 'queue', 'remote-workers'].filter((f) => looped.has(f))).toEqual([]);
  });

  it('has the worker area import one way only', () => {
    const area = new Map(WORKER_AREA.map((f) => [f, new Set([...(graph.get(f) ?? [])].filter((t) => WORKER_AREA.includes(t)))]));
    expect(folderLoops(area)).toEqual([]);
  });

  it('has the job host import no feature: the features bring their jobs to it', () => {
    expect([...graph.get('job-host')!].sort()).toEqual(['config', 'plugins']);
  });

  it("imports other packages by their roots or declared subpaths, never from their dist/", () => {
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const deep = files.filter((f) => /from\s+['"][^'"]*\/dist\/|import\s+['"][^'"]*\/dist\//.test(readFileSync(join(SRC, f), 'utf8')));
    expect(deep).toEqual([]);
  });
});
