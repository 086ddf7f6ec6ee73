import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { TargetResults } from './dto/run-results.object';
import { ResultsService } from './results.service';

@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class ResultsResolver {
  constructor(private readonly service: ResultsService) {}

  @Query(() => [TargetResults], { description: 'Aggregated results of a run, per target and setting.' })
  runResults(
    @Args('runId', { type: () => ID }) runId: string,
    @Args('baseline', { nullable: true, description: 'Source the deltas are taken against (e.g. the natural one).' }) baseline?: string,
  ): Promise<TargetResults[]> {
    return this.service.runResults(runId, baseline ?? undefined);
  }
}
