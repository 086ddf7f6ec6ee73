import type { TableRow } from './analyses.queries';

/** A strip of a grouped gallery: the rows sharing the last group column's value. */
export interface GalleryStrip {
  readonly value: unknown;
  readonly rows: readonly TableRow[];
}

/** A section of a grouped gallery: rows sharing every group column but the last, in strips by the last. */
export interface GallerySection {
  /** A row of the section, for its heading (every group column but the last has one value here). */
  readonly head: TableRow;
  readonly strips: readonly GalleryStrip[];
}

const keyOf = (row: TableRow, columns: readonly string[]): string =>
  JSON.stringify(columns.map((c) => row[c] ?? null));

/**
 * Rows split by the group columns, in the order they first appear: a section per value of all but
 * the last column (a source), a strip per value of the last within it (helpful, harmful). Without
 * group columns, one section with one strip of every row.
 */
export function galleryGroups(rows: readonly TableRow[], columns: readonly string[]): GallerySection[] {
  const outer = columns.slice(0, -1);
  const last = columns[columns.length - 1];
  const sections = new Map<
    string,
    { head: TableRow; strips: Map<string, { value: unknown; rows: TableRow[] }> }
  >();
  for (const row of rows) {
    const sectionKey = keyOf(row, outer);
    let section = sections.get(sectionKey);
    if (!section) {
      section = { head: row, strips: new Map() };
      sections.set(sectionKey, section);
    }
    const value = last === undefined ? null : (row[last] ?? null);
    const stripKey = JSON.stringify(value);
    const strip = section.strips.get(stripKey);
    if (strip) strip.rows.push(row);
    else section.strips.set(stripKey, { value, rows: [row] });
  }
  return [...sections.values()].map((s) => ({ head: s.head, strips: [...s.strips.values()] }));
}
