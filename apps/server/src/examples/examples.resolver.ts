import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { ExampleEvidenceArgs, ExampleImagesArgs } from './dto/example-args';
import { ExampleEvidenceObject } from './dto/example-evidence.object';
import { ExampleImagesPageObject } from './dto/example-images.object';
import { ExamplesService } from './examples.service';

/** The per-example view: every analysis's evidence for one image, and which images have the most. */
@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class ExamplesResolver {
  constructor(private readonly service: ExamplesService) {}

  @Query(() => ExampleEvidenceObject, {
    description:
      "One image across runs: per run and per evidence view its analysis declares, the view, the table's columns and the rows whose image column is this image.",
  })
  exampleEvidence(@Args() args: ExampleEvidenceArgs): Promise<ExampleEvidenceObject> {
    return this.service.evidence(args);
  }

  @Query(() => ExampleImagesPageObject, {
    description:
      'The images in the evidence views of the runs looked through, those with evidence from the most analyses first, with counts per analysis.',
  })
  exampleImages(@Args() args: ExampleImagesArgs): Promise<ExampleImagesPageObject> {
    return this.service.images(args);
  }
}
