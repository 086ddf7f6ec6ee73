import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** Most sample images one request may list (the worker picks them once, then serves slices). */
export const MAX_THUMBNAILS = 64;

@ArgsType()
export class ThumbnailsArgs {
  @Field(() => Int, {
    defaultValue: 16,
    description: `How many, at most ${MAX_THUMBNAILS}: one per class first, then the next of each class in turn.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_THUMBNAILS)
  count!: number;
}
