import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_THUMBNAILS } from '../thumbnail-limits';

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
