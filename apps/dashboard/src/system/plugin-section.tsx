import type { ReactNode } from 'react';
import { summariseParams, type PluginGroup } from './plugin-groups';
import type { PluginSummary } from './system.query';

const MAX_DEFAULT_CHARS = 40;

/** Long defaults (file lists, class names) are cut; the full value is in the tooltip. */
function shorten(text: string): string {
  return text.length > MAX_DEFAULT_CHARS ? `${text.slice(0, MAX_DEFAULT_CHARS - 1)}…` : text;
}

function PluginCard({ plugin }: { readonly plugin: PluginSummary }): ReactNode {
  const params = summariseParams(plugin.paramsSchema);
  return (
    <li className="plugin-card" data-plugin={plugin.name}>
      <div className="plugin-card__head">
        <span className="plugin-card__name">{plugin.name}</span>
        <span className="tag">v{plugin.version}</span>
      </div>
      <p className="plugin-card__description">{plugin.description}</p>
      {params.length > 0 && (
        <ul className="params" aria-label={`${plugin.name} params`}>
          {params.map((p) => (
            <li key={p.name}>
              <code>{p.name}</code> <span className="muted">{p.type}</span>
              {p.defaultValue !== undefined && (
                <span className="muted" title={p.defaultValue}>
                  {' '}
                  = {shorten(p.defaultValue)}
                </span>
              )}
              {p.required && <span className="muted"> (required)</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="plugin-card__origin muted">{plugin.origin}</p>
    </li>
  );
}

/** One kind of plugin: its cards, or "none registered". */
export function PluginSection({ group }: { readonly group: PluginGroup }): ReactNode {
  const headingId = `plugins-${group.kind.toLowerCase()}`;
  return (
    <section className="plugin-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.title} <span className="count">{group.plugins.length}</span>
      </h3>
      {group.plugins.length === 0 ? (
        <p className="empty">none registered</p>
      ) : (
        <ul className="plugin-list">
          {group.plugins.map((p) => (
            <PluginCard key={p.name} plugin={p} />
          ))}
        </ul>
      )}
    </section>
  );
}
