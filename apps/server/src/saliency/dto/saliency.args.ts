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

/** Most images one grid page returns (each cell carries a PNG). */
export const MAX_GRID_TAKE = 48;
/** Most runs one per-example query gathers evidence from. */
export const MAX_EXAMPLE_RUNS = 8;
export const MAP_KINDS = ['gradient', 'gradient-signed', 'smoothgrad', 'integrated-gradients'] as const;
const METHODS = ['gradient', 'smoothgrad', 'integrated-gradients'] as const;

@ArgsType()
export class SaliencyResultsArgs {
  @Field(() => ID)
  @IsUUID()
  runId!: string;

  @Field({
    nullable: true,
    description:
      "Source the deltas are taken against (default: the first source whose name contains 'natural').",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  baseline?: string;
}

@ArgsType()
export class SaliencyGridArgs {
  @Field(() => ID)
  @IsUUID()
  runId!: string;

  @Field({ description: 'The dataset as the run names it (datasetName).' })
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  dataset!: string;

  @Field({ defaultValue: 'gradient', description: `Map kind: ${MAP_KINDS.join(', ')}.` })
  @IsIn(MAP_KINDS, { message: `kind must be one of ${MAP_KINDS.join(', ')}` })
  kind!: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  skip!: number;

  @Field(() => Int, { defaultValue: 12, description: `Images per page, at most ${MAX_GRID_TAKE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_GRID_TAKE, { message: `take must not be greater than ${MAX_GRID_TAKE}` })
  take!: number;
}

@ArgsType()
export class SaliencyDisagreementArgs {
  @Field(() => ID)
  @IsUUID()
  runId!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  dataset!: string;

  @Field({ defaultValue: 'gradient', description: `Method scored: ${METHODS.join(', ')}.` })
  @IsIn(METHODS, { message: `method must be one of ${METHODS.join(', ')}` })
  method!: string;

  @Field({
    nullable: true,
    description: "The natural source (default: the first source whose name contains 'natural').",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  baseline?: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100, { message: 'take must not be greater than 100' })
  take!: number;
}

@ArgsType()
export class ExampleArgs {
  @Field({ description: 'The dataset as the runs name it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  dataset!: string;

  @Field(() => Int, { description: 'Test-split index.' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  index!: number;

  @Field(() => [ID], {
    description: `Runs to gather evidence from (saliency, robustness, influence, transfer), at most ${MAX_EXAMPLE_RUNS}.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EXAMPLE_RUNS, { message: `runIds must hold at most ${MAX_EXAMPLE_RUNS} runs` })
  @IsUUID('all', { each: true })
  runIds!: string[];
}
