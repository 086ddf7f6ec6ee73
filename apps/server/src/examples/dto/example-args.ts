import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Most runs one per-example query looks through (named, or the newest with results). */
export const MAX_EXAMPLE_RUNS = 20;
/** Largest page of the examples index. */
export const MAX_EXAMPLE_IMAGES = 100;

const SPLITS = ['train', 'test'];

/** The runs a per-example query joins: the named ones, else the newest with evidence. */
@ArgsType()
export class ExampleRunsArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `Runs to join, at most ${MAX_EXAMPLE_RUNS}; default: the ${MAX_EXAMPLE_RUNS} newest runs with results whose analysis declares an evidence view.`,
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'runIds must name at least one run (or be left out)' })
  @ArrayMaxSize(MAX_EXAMPLE_RUNS, { message: `runIds must hold at most ${MAX_EXAMPLE_RUNS} runs` })
  @IsUUID('all', { each: true, message: 'runIds: each must be a run id (a UUID)' })
  runIds?: string[] | null;
}

@ArgsType()
export class ExampleEvidenceArgs extends ExampleRunsArgs {
  @Field({ description: "The image's dataset as image references name it (the dataset key)." })
  @IsString()
  @MinLength(1, { message: 'dataset must not be empty' })
  @MaxLength(200, { message: 'dataset must be at most 200 characters' })
  dataset!: string;

  @Field({ defaultValue: 'test', description: "'train' or 'test'." })
  @IsIn(SPLITS, { message: "split must be 'train' or 'test'" })
  split!: 'train' | 'test';

  @Field(() => Int)
  @IsInt({ message: 'index must be an integer' })
  @Min(0, { message: 'index must not be negative' })
  @Max(10_000_000, { message: 'index must not be greater than 10000000' })
  index!: number;
}

@ArgsType()
export class ExampleImagesArgs extends ExampleRunsArgs {
  @Field(() => String, { nullable: true, description: 'Only images of this dataset.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'dataset must not be empty' })
  @MaxLength(200, { message: 'dataset must be at most 200 characters' })
  dataset?: string | null;

  @Field(() => String, { nullable: true, description: "Only images of this split ('train' or 'test')." })
  @IsOptional()
  @IsIn(SPLITS, { message: "split must be 'train' or 'test'" })
  split?: 'train' | 'test' | null;

  @Field(() => Int, { defaultValue: 24, description: `Page size, at most ${MAX_EXAMPLE_IMAGES}.` })
  @IsInt({ message: 'take must be an integer' })
  @Min(1, { message: 'take must be at least 1' })
  @Max(MAX_EXAMPLE_IMAGES, { message: `take must not be greater than ${MAX_EXAMPLE_IMAGES}` })
  take!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'skip must be an integer' })
  @Min(0, { message: 'skip must not be negative' })
  @Max(10_000_000, { message: 'skip must not be greater than 10000000' })
  skip!: number;
}
