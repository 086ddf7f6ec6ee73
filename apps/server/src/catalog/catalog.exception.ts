/** What went wrong with a catalog request; each maps to one GraphQL error code or HTTP status. */
export enum CatalogErrorCode {
  UnknownDataset = 'UNKNOWN_DATASET',
  DatasetUnavailable = 'DATASET_UNAVAILABLE',
  ThumbnailOutOfRange = 'THUMBNAIL_OUT_OF_RANGE',
}

export class CatalogException extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CatalogException';
  }
}
