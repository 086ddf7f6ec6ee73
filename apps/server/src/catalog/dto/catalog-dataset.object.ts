import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImageShape', { description: 'Shape of every image of a dataset.' })
export class ImageShapeObject {
  @Field(() => Int)
  channels!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Int)
  width!: number;
}

@ObjectType('DatasetThumbnail', { description: 'A training image served as PNG.' })
export class DatasetThumbnailObject {
  @Field(() => Int, { description: 'Index in the training split.' })
  index!: number;

  @Field(() => Int)
  label!: number;

  @Field()
  className!: string;

  @Field({ description: 'Path of the PNG on this server: `/datasets/<name>/thumbnails/<index>.png`.' })
  url!: string;
}

@ObjectType('DatasetDetails', {
  description: 'What loading a dataset tells: sizes, classes, shape, sample images.',
})
export class DatasetDetailsObject {
  @Field(() => Int)
  trainSize!: number;

  @Field(() => Int)
  testSize!: number;

  @Field(() => [String], { description: 'Class names; a label is an index into this list.' })
  classes!: string[];

  @Field(() => ImageShapeObject)
  imageShape!: ImageShapeObject;

  @Field({ description: 'sha256 content checksum of images and labels (part of every trial key).' })
  checksum!: string;

  /** Registry name of the dataset (the thumbnails field builds its URLs from it). */
  datasetName!: string;

  /** Sample training images, one per class first (the thumbnails field slices them). */
  samples!: { index: number; label: number }[];
}

@ObjectType('Dataset', {
  description: 'A dataset plugin; `details` loads it (lazily, cached) with its default params.',
})
export class CatalogDatasetObject {
  @Field(() => ID, { description: 'Registry name, the name trials use as a target.' })
  name!: string;

  @Field()
  version!: string;

  @Field()
  description!: string;

  @Field({ description: 'Where the plugin was loaded from.' })
  origin!: string;
}
