import { UseFilters, UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { TokenGuard } from '../auth/token.guard';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { RunObject } from './dto/run.object';
import { RunsArgs } from './dto/runs.args';
import { StartRunInput } from './dto/start-run.input';
import { TrialCountsObject, TrialFailureObject } from './dto/trial-counts.object';
import { TrialObject } from './dto/trial.object';
import { FailuresArgs, MAX_TRIALS_PAGE, TrialsArgs } from './dto/trials.args';
import { RunsService } from './runs.service';

@Resolver(() => RunObject)
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class RunsResolver {
  constructor(private readonly service: RunsService) {}

  @Mutation(() => RunObject, { description: 'Start an analysis run (needs the API token).' })
  @UseGuards(TokenGuard)
  startRun(@Args('input') input: StartRunInput): Promise<RunObject> {
    return this.service.start(input.analysis, input.params);
  }

  @Mutation(() => RunObject, { description: 'Cancel a queued or running run (needs the API token).' })
  @UseGuards(TokenGuard)
  cancelRun(@Args('id', { type: () => ID }) id: string): Promise<RunObject> {
    return this.service.cancel(id);
  }

  @Query(() => [RunObject], { description: 'Runs, newest first.' })
  runs(@Args() args: RunsArgs): Promise<RunObject[]> {
    return this.service.list(args.take, args.skip, args.analysis);
  }

  @Query(() => RunObject)
  run(@Args('id', { type: () => ID }) id: string): Promise<RunObject> {
    return this.service.get(id);
  }

  @Subscription(() => RunObject, {
    description: 'The run now, then each change of its status or counts, until it finishes.',
    resolve: (run: RunObject) => run,
  })
  runProgress(@Args('id', { type: () => ID }) id: string): AsyncGenerator<RunObject> {
    return this.service.watch(id);
  }

  @ResolveField(() => [TrialObject], {
    description: `A page of the run's trials in expansion order (take at most ${MAX_TRIALS_PAGE}), optionally of one status, with results when stored.`,
  })
  trials(@Parent() run: RunObject, @Args() args: TrialsArgs): Promise<TrialObject[]> {
    return this.service.trials(run.id, args);
  }

  @ResolveField(() => TrialCountsObject, { description: 'Trials by status.' })
  trialCounts(@Parent() run: RunObject): Promise<TrialCountsObject> {
    return this.service.trialCounts(run.id);
  }

  @ResolveField(() => [TrialFailureObject], { description: 'Failed trials with their reasons, in expansion order.' })
  failures(@Parent() run: RunObject, @Args() args: FailuresArgs): Promise<TrialFailureObject[]> {
    return this.service.failures(run.id, args.take, args.skip);
  }
}
