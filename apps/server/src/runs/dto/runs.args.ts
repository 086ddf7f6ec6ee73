import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class RunsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, at most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  take!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  skip!: number;

  @Field(() => String, { nullable: true, description: "Only runs of this analysis (a registered analysis's name)." })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,63}$/, { message: 'analysis must be an analysis name (lower case, digits and -)' })
  analysis?: string | null;
}
