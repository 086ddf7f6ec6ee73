import { graphql } from '../gql';
import type {
  CatalogDatasetQuery,
  CatalogModelsQuery,
  CatalogPluginsQuery,
  ImportModelMutation,
} from '../gql/graphql';

/** Sample images each dataset card shows (the server allows at most 64). */
export const THUMBNAILS_SHOWN = 20;

export const CATALOG_MODELS_QUERY = graphql(`
  query CatalogModels {
    models {
      id
      name
      origin
      architecture
      parameterCount
      numClasses
      trainSize
      cleanAccuracy
      robustCount
      runCount
      forwardOnly
      gradientProblem
      training {
        kind
        attack
        norm
        eps
        epsLabel
        recipe
        dataset
      }
      robustAccuracy {
        norm
        eps
        epsLabel
        accuracy
      }
      ...ModelFigures
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

/** Record an uploaded file (POST /catalog/models/upload) as a source model; the answer shows what was detected. */
export const IMPORT_MODEL_MUTATION = graphql(`
  mutation ImportModel($input: ImportModelInput!) {
    importModel(input: $input) {
      id
      name
      origin
      architecture
      numClasses
      checksum
      size
      featureTensor
      blocks
      input {
        channels
        height
        width
      }
      training {
        kind
        norm
        epsLabel
        dataset
      }
    }
  }
`);

export type ImportedModel = ImportModelMutation['importModel'];

/** A dataset's class names, to name the class numbers of its images. */
export const DATASET_CLASSES_QUERY = graphql(`
  query DatasetClasses($name: String!) {
    dataset(name: $name) {
      name
      details {
        classes
      }
    }
  }
`);
