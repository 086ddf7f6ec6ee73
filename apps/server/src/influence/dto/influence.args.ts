import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

/** Most training images per list one example query returns (the trial stores at most this many). */
export const MAX_INFLUENCE_TAKE = 100;

@ArgsType()
export class InfluenceResultsArgs {
  @Field(() => ID)
  @IsUUID()
  runId!: string;

  @Field({ nullable: true, description: "Source the deltas are taken against (default: the first source whose name contains 'natural')." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  baseline?: string;
}

@ArgsType()
export class InfluenceExampleArgs {
  @Field(() => ID)
  @IsUUID()
  runId!: string;

  @Field({ description: 'The target as the run names it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  target!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(64)
  depth!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  n!: number;

  @Field(() => Int, { description: 'Test-split index of an image of the setting’s test subset.' })
  @IsInt()
  @Min(0)
  testIndex!: number;

  @Field(() => Int, { nullable: true, description: 'Default: the lowest seed of the setting.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  seed?: number;

  @Field(() => Int, { defaultValue: 10, description: `Images per list, at most ${MAX_INFLUENCE_TAKE} (and at most what the trial stored).` })
  @IsInt()
  @Min(1)
  @Max(MAX_INFLUENCE_TAKE, { message: `take must not be greater than ${MAX_INFLUENCE_TAKE}` })
  take!: number;
}
