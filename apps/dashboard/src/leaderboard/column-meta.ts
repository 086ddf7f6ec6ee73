import type { RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Declaration merging: the property names TanStack Table's own declaration uses.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The column of the chosen data budget (highlighted). */
    readonly chosen?: boolean;
    /** A header's tooltip. */
    readonly title?: string;
  }
}
