import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { InfluenceExampleArgs, InfluenceResultsArgs } from './dto/influence.args';
import { InfluenceExample, InfluenceResults } from './dto/influence.object';
import { InfluenceService } from './influence.service';

@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class InfluenceResolver {
  constructor(private readonly service: InfluenceService) {}

  @Query(() => InfluenceResults, { description: 'An influence run: class-match curves and summary figures per setting and source, with deltas against a baseline source.' })
  influenceResults(@Args() args: InfluenceResultsArgs): Promise<InfluenceResults> {
    return this.service.results(args.runId, args.baseline ?? undefined);
  }

  @Query(() => [InfluenceExample], { description: "One test image's most helpful and most harmful training images, one entry per source (the seed's trials)." })
  influenceExample(@Args() args: InfluenceExampleArgs): Promise<InfluenceExample[]> {
    return this.service.example(args);
  }
}
