'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Empty, LoadError, Loading } from '../runs/page-states';
import { PLUGIN_KIND_SECTIONS } from '../system/plugin-groups';
import { CATALOG_PLUGINS_QUERY } from './catalog.queries';

/** Registered plugins grouped by kind, each with version, description and origin. */
export function PluginsByKind(): ReactNode {
  const { data, loading, error, refetch } = useQuery(CATALOG_PLUGINS_QUERY, {
    ssr: false,
    notifyOnNetworkStatusChange: true,
  });
  if (error) return <LoadError what="the plugins" error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading what="the plugins" />;
  if (data.plugins.length === 0) return <Empty>No plugins are registered.</Empty>;
  return (
    <div className="kind-columns">
      {PLUGIN_KIND_SECTIONS.map(({ kind, title }) => ({
        kind,
        title,
        plugins: data.plugins.filter((p) => p.kind === kind),
      })).map((group) => (
        <section
          key={group.kind}
          className="panel"
          aria-labelledby={`kind-${group.kind}`}
          data-kind={group.kind}
        >
          <h3 id={`kind-${group.kind}`}>
            {group.title} <span className="count">{group.plugins.length}</span>
          </h3>
          {group.plugins.length === 0 ? (
            <p className="muted">none registered</p>
          ) : (
            <ul className="kind-list">
              {group.plugins.map((p) => (
                <li key={p.name} data-plugin={p.name}>
                  <strong>{p.name}</strong> <span className="tag">v{p.version}</span>
                  <div className="muted small">{p.description}</div>
                  <div className="muted small">{p.origin}</div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
