'use client';

import type { WidgetProps } from '@rjsf/utils';
import { useState, type ReactNode } from 'react';
import { formatList, parseListText, textMeans } from './list-text';

/**
 * One text field for a list of scalars ("20, 40, 80"). The text is kept as typed while it
 * still means the form's value, so a trailing comma or space is not swallowed mid-typing.
 */
export function ListWidget(props: WidgetProps): ReactNode {
  const value: unknown = props.value;
  const {
    id,
    required,
    disabled,
    readonly,
    autofocus,
    placeholder,
    schema,
    onChange,
    onBlur,
    onFocus,
    rawErrors,
  } = props;
  const items: unknown = schema.items;
  const [text, setText] = useState(() => formatList(value));
  // A value set from outside (defaults, reset) replaces the text; the user's own edits do not.
  const shown = textMeans(text, value, items) ? text : formatList(value);
  return (
    <input
      id={id}
      name={id}
      type="text"
      className="form-control"
      value={shown}
      required={required}
      disabled={disabled || readonly}
      autoFocus={autofocus}
      placeholder={placeholder}
      aria-invalid={(rawErrors?.length ?? 0) > 0}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseListText(e.target.value, items);
        onChange(parsed.length > 0 ? parsed : undefined);
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}
