import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Relative imports and re-exports of a TypeScript file (`import ... from './x'`, `import './x'`, `export ... from './x'`). */
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The folder of a file under `root`, `depth` levels deep at most ('.' for files at the root). */
function folderOf(root: string, file: string, depth: number): string {
  const parts = relative(root, dirname(file)).split(sep).filter((s) => s !== '');
  return parts.length === 0 ? '.' : parts.slice(0, depth).join('/');
}

/**
 * Which folders of `root` import which (production files only; specs are left out), at
 * `depth` levels: 1 for `runs`, `models` (a sub-folder counts as its parent), 2 for
 * `models/jobs` too. Edges to the folder itself are dropped.
 */
export function folderGraph(root: string, depth = 1): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file, depth);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const spec = m[1] ?? m[2]!;
      const to = folderOf(root, resolve(dirname(file), spec), depth);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/**
 * The import loops of a folder graph: its strongly connected components of more than one
 * folder (Tarjan), each sorted, smallest first. Empty: the folders form a DAG.
 */
export function folderLoops(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) loops.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return loops.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The graph as lines `from -> a, b`, sorted. */
export function formatGraph(graph: ReadonlyMap<string, ReadonlySet<string>>): string {
  return [...graph.keys()]
    .sort()
    .map((k) => `${k} -> ${[...graph.get(k)!].sort().join(', ') || '(nothing)'}`)
    .join('\n');
}

// `npx tsx test/helpers/folder-graph.ts [depth] [folder ...]`: prints the folder graph of src/ (only the folders named, when some are) and its loops.
if (require.main === module) {
  const [depthArg, ...only] = process.argv.slice(2);
  const graph = folderGraph(join(__dirname, '..', '..', 'src'), Number(depthArg ?? '1'));
  const shown = only.length === 0 ? graph : new Map([...graph].filter(([k]) => only.some((o) => k === o || k.startsWith(`${o}/`))));
  process.stdout.write(`${formatGraph(shown)}\n\nloops (folders that reach each other):\n${folderLoops(graph).map((l) => `  ${l.join(', ')}`).join('\n') || '  (none)'}\n`);
}
