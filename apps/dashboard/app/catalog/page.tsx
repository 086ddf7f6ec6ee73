import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DatasetsGrid } from '../../src/catalog/datasets-grid';
import { ImportModelForm } from '../../src/catalog/import-model-form';
import { ModelsTable } from '../../src/catalog/models-table';
import { PluginsByKind } from '../../src/catalog/plugins-by-kind';
import '../../src/runs/runs.css';
import '../../src/catalog/catalog.css';

export const metadata: Metadata = { title: 'Catalog · Transferlab' };

export default function CatalogPage(): ReactNode {
  return (
    <>
      <h1>Catalog</h1>
      <p className="lead muted">
        What a run can use: source models (imported, configured, or bundled with their manifest metrics),
        target datasets, and every plugin by kind.
      </p>
      <section aria-labelledby="models-heading">
        <h2 id="models-heading">Source models</h2>
        <ModelsTable />
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import a source model</h2>
        <ImportModelForm />
      </section>
      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">Datasets</h2>
        <DatasetsGrid />
      </section>
      <section aria-labelledby="plugins-heading">
        <h2 id="plugins-heading">Plugins</h2>
        <PluginsByKind />
      </section>
    </>
  );
}
