import { Injectable } from '@nestjs/common';
import { JobFailedError } from '@transferlab/engine';
import type { PluginRegistry } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import { DataWorker } from '../job-host/data-worker.service';
import { CatalogErrorCode, CatalogException } from './catalog.exception';
import type { CatalogDatasetObject } from './dto/catalog-dataset.object';
import { relativeToRoots, serverRoots, type NamedRoot } from './server-paths';
import { CATALOG_DATASET_JOB, CATALOG_THUMBNAIL_JOB, type DatasetFacts } from './jobs/catalog-jobs';

function reason(e: unknown): string {
  if (e instanceof JobFailedError) return e.remote.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Datasets the registered plugins provide (source models are records: see models/). Loading
 * runs in the data worker; a dataset is loaded on first request only (never at boot) and its
 * facts are kept.
 */
@Injectable()
export class CatalogService {
  private readonly facts = new Map<string, Promise<DatasetFacts>>();
  /** Folders whose absolute paths messages do not show (anyone may read loadError). */
  private readonly roots: readonly NamedRoot[];

  constructor(
    @InjectPluginRegistry() private readonly registry: PluginRegistry,
    private readonly worker: DataWorker,
    @InjectConfig() config: TransferlabConfig,
  ) {
    this.roots = serverRoots(config);
  }

  datasets(): CatalogDatasetObject[] {
    return this.registry.list('dataset').map(({ plugin, origin }) => ({
      name: plugin.name,
      version: plugin.version,
      description: plugin.description,
      origin,
    }));
  }

  dataset(name: string): CatalogDatasetObject {
    const found = this.datasets().find((d) => d.name === name);
    if (!found) {
      throw new CatalogException(
        CatalogErrorCode.UnknownDataset,
        `no dataset named '${name}'; available: ${this.registry.names('dataset').join(', ') || '(none)'}`,
      );
    }
    return found;
  }

  /** Sizes, classes, shape and samples of a dataset loaded with its default params. */
  async details(name: string): Promise<DatasetFacts> {
    this.dataset(name);
    let f = this.facts.get(name);
    if (!f) {
      this.facts.set(name, (f = this.worker.run<DatasetFacts>(CATALOG_DATASET_JOB, { name })));
      // Not cached when it fails: the dataset's files may be supplied later.
      f.catch(() => this.facts.delete(name));
    }
    try {
      return await f;
    } catch (e) {
      throw new CatalogException(
        CatalogErrorCode.DatasetUnavailable,
        `dataset '${name}' cannot be loaded with its default params: ${relativeToRoots(reason(e), this.roots)}`,
      );
    }
  }

  /** PNG of the index-th image of a split (training images by default). */
  async thumbnail(name: string, index: number, split: 'train' | 'test' = 'train'): Promise<Uint8Array> {
    const { trainSize, testSize } = await this.details(name);
    const size = split === 'train' ? trainSize : testSize;
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      throw new CatalogException(
        CatalogErrorCode.ThumbnailOutOfRange,
        `dataset '${name}' has ${split === 'train' ? 'training' : 'test'} images 0..${size - 1}; there is no image ${index}`,
      );
    }
    const png = await this.worker.run<Uint8Array>(CATALOG_THUMBNAIL_JOB, { name, index, split }, 30_000);
    return png;
  }
}
