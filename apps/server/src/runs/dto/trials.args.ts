import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { TrialStatus } from './status.enums';

/** Largest page of trials one request may ask for (a sweep can have thousands). */
export const MAX_TRIALS_PAGE = 500;

@ArgsType()
export class TrialsArgs {
  @Field(() => Int, { defaultValue: 100, description: `Page size, at most ${MAX_TRIALS_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_TRIALS_PAGE, { message: `take must not be greater than ${MAX_TRIALS_PAGE}` })
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Trials to skip, in expansion order.' })
  @IsInt()
  @Min(0)
  skip!: number;

  @Field(() => TrialStatus, { nullable: true, description: 'Only trials in this status.' })
  @IsOptional()
  @IsEnum(TrialStatus)
  status?: TrialStatus | null;
}

@ArgsType()
export class FailuresArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  take!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  skip!: number;
}
