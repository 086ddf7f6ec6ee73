import type { ReactNode } from 'react';
import type { RowFlag } from './board-rows';

/**
 * RobustBench's "potentially unreliable" mark: a visible badge that opens to the failed checks
 * and what each trial said (a details element, so it needs no script and reads to a screen reader).
 */
export function FlagsBadge({ flags }: { readonly flags: readonly RowFlag[] }): ReactNode {
  if (flags.length === 0) return null;
  return (
    <details className="flags-badge" data-testid="robustness-flags">
      <summary title={flags.map((f) => f.name).join(', ')}>potentially unreliable</summary>
      <ul>
        {flags.map((f) => (
          <li key={f.name} data-flag={f.name}>
            <code>{f.name}</code>
            {f.messages.length > 0 && (
              <ul>
                {f.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
