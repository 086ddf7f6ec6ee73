import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { ExampleEvidence } from './dto/example.object';
import {
  ExampleArgs,
  SaliencyDisagreementArgs,
  SaliencyGridArgs,
  SaliencyResultsArgs,
} from './dto/saliency.args';
import { SaliencyDisagreement, SaliencyGrid, SaliencyResults } from './dto/saliency.object';
import { ExampleEvidenceService } from './example-evidence.service';
import { SaliencyService } from './saliency.service';

@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class SaliencyResolver {
  constructor(
    private readonly service: SaliencyService,
    private readonly examples: ExampleEvidenceService,
  ) {}

  @Query(() => SaliencyResults, {
    description:
      'A saliency run: mean alignment per source with 95% intervals, per dataset, setting and method, with deltas against a baseline source.',
  })
  saliencyResults(@Args() args: SaliencyResultsArgs): Promise<SaliencyResults> {
    return this.service.results(args.runId, args.baseline ?? undefined);
  }

  @Query(() => SaliencyGrid, {
    description:
      'A page of a saliency run’s grid: rows = images, columns = sources, each cell a heat map and its alignment score.',
  })
  saliencyGrid(@Args() args: SaliencyGridArgs): Promise<SaliencyGrid> {
    return this.service.grid(args);
  }

  @Query(() => [SaliencyDisagreement], {
    description: 'Images where a robust source and the natural one differ most in alignment.',
  })
  saliencyDisagreements(@Args() args: SaliencyDisagreementArgs): Promise<SaliencyDisagreement[]> {
    return this.service.disagreements(args);
  }

  @Query(() => ExampleEvidence, {
    description:
      'One test image across runs: per source its saliency maps, smallest fooling eps, top helpful and harmful training images, and transferred-model correctness per n.',
  })
  exampleEvidence(@Args() args: ExampleArgs): Promise<ExampleEvidence> {
    return this.examples.evidence(args);
  }
}
