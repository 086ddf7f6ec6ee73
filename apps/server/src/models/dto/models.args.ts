import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** Most models one page may list. */
export const MAX_MODELS_PAGE = 100;

@ArgsType()
export class ModelsArgs {
  @Field(() => Int, { defaultValue: MAX_MODELS_PAGE, description: `Page size, at most ${MAX_MODELS_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_MODELS_PAGE)
  take!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  skip!: number;
}
