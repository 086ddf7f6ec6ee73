import type { ReactNode } from 'react';
import { Picker } from '../ui/picker';
import type { OutputColumn } from './analyses.queries';
import { cellText, columnLabel } from './cell-values';

/** A facet with more values than this is also stepped through with Previous and Next (test images, say). */
const STEP_FROM = 8;

/**
 * A facet's picker: a select of the column's values; with many values, Previous and Next beside it
 * and where the chosen value sits among them.
 */
export function FacetPicker({
  column,
  values,
  value,
  onChange,
}: {
  readonly column: OutputColumn;
  readonly values: readonly unknown[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}): ReactNode {
  const options = values.map((v) => ({ value: String(v), label: cellText(column, v) }));
  const picker = (
    <Picker
      label={columnLabel(column)}
      testId={`facet-${column.name}`}
      value={value}
      options={options}
      onChange={onChange}
    />
  );
  if (options.length <= STEP_FROM) return picker;
  const at = options.findIndex((o) => o.value === value);
  const previous = at > 0 ? options[at - 1] : undefined;
  const next = at >= 0 ? options[at + 1] : undefined;
  return (
    <div className="facet-stepper" role="group" aria-label={`Choose ${columnLabel(column).toLowerCase()}`}>
      <button
        type="button"
        className="button"
        disabled={!previous}
        onClick={() => previous && onChange(previous.value)}
        data-testid={`facet-${column.name}-previous`}
      >
        ← Previous
      </button>
      {picker}
      <button
        type="button"
        className="button"
        disabled={!next}
        onClick={() => next && onChange(next.value)}
        data-testid={`facet-${column.name}-next`}
      >
        Next →
      </button>
      <span className="muted" data-testid={`facet-${column.name}-position`}>
        {at + 1} of {options.length}
      </span>
    </div>
  );
}
