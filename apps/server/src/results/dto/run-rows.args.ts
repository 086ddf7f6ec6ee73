import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

/** Largest page of result rows one request may ask for. */
export const MAX_ROWS_PAGE = 500;

@ArgsType()
export class RunRowsArgs {
  @Field(() => ID)
  @IsUUID()
  runId!: string;

  @Field(() => Int, { defaultValue: 100, description: `Page size, at most ${MAX_ROWS_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_ROWS_PAGE, { message: `take must not be greater than ${MAX_ROWS_PAGE}` })
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip, in trial order.' })
  @IsInt()
  @Min(0)
  skip!: number;
}
