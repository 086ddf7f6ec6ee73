import type { ReactNode } from 'react';
import './imported-mark.css';

/** What the dashboard shows of an imported run's provenance (GraphQL's Run.imported). */
export interface ImportedFacts {
  readonly sourceChecksum: string;
  readonly sourceRunId: string;
  readonly exportedAt: string;
  readonly serverVersion: string;
  readonly importedAt?: string;
}

/** One line of provenance, for a tooltip. */
export function importedTitle(i: ImportedFacts): string {
  return `Imported from a run file: run ${i.sourceRunId}, exported ${i.exportedAt} by Transferlab ${i.serverVersion}, sha256 ${i.sourceChecksum}`;
}

/** The "imported" mark beside a run that was loaded from a run file; nothing for a run started here. */
export function ImportedMark({ imported }: { readonly imported: ImportedFacts | null | undefined }): ReactNode {
  if (!imported) return null;
  return (
    <span className="imported-mark" data-testid="imported-mark" title={importedTitle(imported)}>
      imported
    </span>
  );
}
