'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ModelFiguresList } from '../analyses/model-figures-list';
import { Empty, LoadError, Loading } from '../runs/page-states';
import { CATALOG_MODELS_QUERY } from './catalog.queries';
import { ManifestFigures } from './manifest-figures';
import { forwardOnlyNote, percent, sortModels, trainingLabel } from './model-rows';

/**
 * Source model records with what they record (origin, architecture, training, clean and robust
 * accuracy from the zoo's manifest, whether gradients flow through them) and what analyses measured
 * for them (their latest runs' figures).
 */
export function ModelsTable(): ReactNode {
  const { data, loading, error, refetch } = useQuery(CATALOG_MODELS_QUERY, {
    ssr: false,
    notifyOnNetworkStatusChange: true,
  });
  if (error) return <LoadError what="the source models" error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading what="the source models" />;
  if (data.models.length === 0) {
    return (
      <Empty>
        <p>
          No source models are available: none was imported, none is configured, and the model plugins list
          none (the zoo may not be trained yet).
        </p>
      </Empty>
    );
  }
  return (
    <table className="table models-table" aria-label="Source models">
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Architecture</th>
          <th scope="col">Training</th>
          <th scope="col">Trained on</th>
          <th scope="col" className="num">
            Clean accuracy
          </th>
          <th scope="col">Robust accuracy (manifest PGD)</th>
          <th scope="col">Measured</th>
        </tr>
      </thead>
      <tbody>
        {sortModels(data.models).map((m) => (
          <tr key={m.id} data-model={m.id}>
            <td>
              <code>{m.id}</code>
              {m.name !== m.id && <div className="small">{m.name}</div>}
              <div className="muted small">
                {m.origin}
                {m.runCount > 0 && ` · used by ${m.runCount} run${m.runCount === 1 ? '' : 's'}`}
              </div>
              {m.forwardOnly && (
                <div className="small" data-testid="model-forward-only">
                  {forwardOnlyNote(m)}
                </div>
              )}
            </td>
            <td>
              {m.architecture}
              {m.parameterCount != null && (
                <div className="muted small">{m.parameterCount.toLocaleString()} params</div>
              )}
            </td>
            <td data-testid="model-training">{trainingLabel(m.training)}</td>
            <td>
              {m.training.dataset ?? '—'}
              {m.trainSize != null && (
                <div className="muted small">{m.trainSize.toLocaleString()} images</div>
              )}
            </td>
            <td className="num" data-testid="model-clean">
              {percent(m.cleanAccuracy)}
            </td>
            <td data-testid="model-robust-accuracy">
              <ManifestFigures model={m} />
            </td>
            <td data-testid="model-measured">
              <ModelFiguresList modelId={m.id} figures={m.figures} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
