import { UseFilters, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { AnalysisOutputsObject } from './dto/analysis-outputs.object';
import { RunTableArgs } from './dto/run-table.args';
import { TablePageObject } from './dto/table-page.object';
import { RunTablesService } from './run-tables.service';

/** Any analysis's declared outputs: what tables and views it has, and a run's table rows. */
@Resolver()
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class OutputsResolver {
  constructor(private readonly service: RunTablesService) {}

  @Query(() => [AnalysisOutputsObject], {
    description: 'Every registered analysis with its output tables and views, by name.',
  })
  analyses(): AnalysisOutputsObject[] {
    return this.service.analyses();
  }

  @Query(() => AnalysisOutputsObject, {
    description: "One analysis's output tables (typed columns) and views.",
  })
  analysisOutputs(@Args('analysis') analysis: string): AnalysisOutputsObject {
    return this.service.analysisOutputs(analysis);
  }

  @Query(() => TablePageObject, {
    description: "A page of one of a run's output tables, filtered by column values.",
  })
  runTable(@Args() args: RunTableArgs): Promise<TablePageObject> {
    return this.service.page(args);
  }
}
