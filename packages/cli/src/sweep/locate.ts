import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based line and column in a sweep file. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

export function positionAt(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}

export function positionOf(lineCounter: LineCounter, node: Node | null | undefined): SourcePosition | undefined {
  return node?.range ? positionAt(lineCounter, node.range[0]) : undefined;
}

/** The key node of `key` in a mapping node (to point at an unknown key rather than its value). */
export function keyNode(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return isScalar(pair?.key) ? pair.key : undefined;
}

/**
 * The node at a path of keys and indexes (`['params', 'n', 0]`), or the deepest node the path
 * reaches when it goes further than the file (a missing field points at its parent), so an
 * issue always lands somewhere near.
 */
export function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    let next: unknown;
    if (isSeq(node) && /^\d+$/.test(String(segment))) next = node.items[Number(segment)];
    else if (isMap(node)) next = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))?.value;
    if (next === undefined || next === null) break;
    node = next;
  }
  return node !== null && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** The first scalar under `root` whose value is `value` (to point at an unknown model or dataset name). */
export function scalarWithValue(root: unknown, value: string): Node | undefined {
  if (isScalar(root)) return String(root.value) === value ? root : undefined;
  if (isSeq(root)) {
    for (const item of root.items) {
      const hit = scalarWithValue(item, value);
      if (hit) return hit;
    }
  }
  if (isMap(root)) {
    for (const pair of root.items) {
      const hit = scalarWithValue(pair.value, value);
      if (hit) return hit;
    }
  }
  return undefined;
}
