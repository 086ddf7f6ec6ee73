'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { errorText } from '../ui/error-text';
import { LiveWorkers } from './live-workers';
import { groupPluginsByKind } from './plugin-groups';
import { PluginSection } from './plugin-section';
import { SYSTEM_QUERY } from './system.query';

/** The home page body: server version, execution providers and every plugin by kind. */
export function SystemOverview(): ReactNode {
  const { data, loading, error, refetch } = useQuery(SYSTEM_QUERY, {
    ssr: false,
    notifyOnNetworkStatusChange: true,
  });

  if (error) {
    return (
      <div className="panel panel--error" role="alert">
        <p>
          <strong>Cannot load the system information.</strong> {errorText(error)}
        </p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (loading || !data) {
    return (
      <p className="panel muted" role="status" aria-busy="true">
        Loading system information…
      </p>
    );
  }

  const { version, executionProviders, plugins } = data.system;
  return (
    <>
      <section className="panel" aria-labelledby="system-heading">
        <h2 id="system-heading">System</h2>
        <dl className="facts">
          <dt>Server version</dt>
          <dd data-testid="server-version">{version}</dd>
          <dt>Active execution provider</dt>
          <dd data-testid="provider-active">
            {executionProviders.active} <span className="muted">(setting: {executionProviders.setting})</span>
          </dd>
          <dt>Available execution providers</dt>
          <dd data-testid="providers-available">{executionProviders.available.join(', ')}</dd>
        </dl>
      </section>
      <LiveWorkers />
      <section aria-labelledby="plugins-heading">
        <h2 id="plugins-heading">
          Plugins <span className="count">{plugins.length}</span>
        </h2>
        <div className="plugin-grid">
          {groupPluginsByKind(plugins).map((group) => (
            <PluginSection key={group.kind} group={group} />
          ))}
        </div>
      </section>
    </>
  );
}
