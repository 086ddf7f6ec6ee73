import { graphql } from '../gql';
import type { CatalogDatasetQuery, CatalogModelsQuery, CatalogPluginsQuery } from '../gql/graphql';

/** Sample images each dataset card shows (the server allows at most 64). */
export const THUMBNAILS_SHOWN = 20;

export const CATALOG_MODELS_QUERY = graphql(`
  query CatalogModels {
    models {
      id
      plugin
      architecture
      parameterCount
      numClasses
      trainingDataset
      trainSize
      cleanAccuracy
      robustCount
      training {
        kind
        attack
        norm
        eps
        epsLabel
        recipe
      }
      robustAccuracy {
        norm
        eps
        epsLabel
        accuracy
      }
    }
  }
`);

export type CatalogModel = CatalogModelsQuery['models'][number];

export const CATALOG_DATASETS_QUERY = graphql(`
  query CatalogDatasets {
    datasets {
      name
      version
      description
      origin
    }
  }
`);

/** One dataset's details, asked for per card: loading a dataset can take seconds. */
export const CATALOG_DATASET_QUERY = graphql(`
  query CatalogDataset($name: String!, $thumbnails: Int!) {
    dataset(name: $name) {
      name
      loadError
      details {
        trainSize
        testSize
        classes
        imageShape {
          channels
          height
          width
        }
        thumbnails(count: $thumbnails) {
          index
          label
          className
          url
        }
      }
    }
  }
`);

export type CatalogDatasetDetails = NonNullable<CatalogDatasetQuery['dataset']['details']>;

export const CATALOG_PLUGINS_QUERY = graphql(`
  query CatalogPlugins {
    plugins {
      kind
      name
      version
      description
      origin
    }
  }
`);

export type CatalogPlugin = CatalogPluginsQuery['plugins'][number];
