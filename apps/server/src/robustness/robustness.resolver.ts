import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { ModelObject } from '../models/dto/model.object';
import { MeasuredRobustness, RobustnessResults } from './dto/robustness.object';
import { RobustnessService } from './robustness.service';

@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class RobustnessResolver {
  constructor(private readonly service: RobustnessService) {}

  @Query(() => RobustnessResults, { description: 'A robustness run: leaderboards per dataset and threat model, accuracy-vs-eps curves, failed reliability checks.' })
  robustnessResults(@Args('runId', { type: () => ID }) runId: string): Promise<RobustnessResults> {
    return this.service.results(runId);
  }
}

@Resolver(() => ModelObject)
@UseFilters(DomainErrorsFilter)
export class ModelRobustnessResolver {
  constructor(private readonly service: RobustnessService) {}

  @ResolveField(() => [MeasuredRobustness], { description: 'Robust accuracy measured by the latest robustness run that evaluated this model (empty: none yet).' })
  measuredRobustness(@Parent() model: ModelObject): Promise<MeasuredRobustness[]> {
    return this.service.measured(model.id);
  }
}
