import { useId, type ReactNode } from 'react';

export interface PickerOption {
  readonly value: string;
  readonly label: string;
}

/** A labelled select; `testId` is the stable hook the e2e page objects use. */
export function Picker({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  readonly label: string;
  readonly value: string;
  readonly options: readonly PickerOption[];
  readonly onChange: (value: string) => void;
  readonly testId: string;
}): ReactNode {
  const id = useId();
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
