import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { GraphQLJSON } from '../graphql/json.scalar';
import { RunRowsArgs } from './dto/run-rows.args';
import { ResultsService } from './results.service';

@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class ResultsResolver {
  constructor(private readonly service: ResultsService) {}

  @Query(() => GraphQLJSON, {
    nullable: true,
    description:
      "The run's aggregate as its analysis computes it (any analysis), as JSON; null when the analysis defines none.",
  })
  runAggregate(
    @Args('runId', { type: () => ID }) runId: string,
    @Args('options', {
      type: () => GraphQLJSON,
      nullable: true,
      description: "The analysis's aggregate options (a baseline source, for one).",
    })
    options?: Record<string, unknown>,
  ): Promise<unknown> {
    return this.service.runAggregate(runId, options ?? {});
  }

  @Query(() => [GraphQLJSON], {
    description:
      "A page of the run's stored result rows (config, metrics, series, details, provider), as JSON.",
  })
  runRows(@Args() args: RunRowsArgs): Promise<unknown[]> {
    return this.service.runRows(args.runId, args.take, args.skip);
  }
}
