import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { ResultsController } from './results.controller';
import { ResultsResolver } from './results.resolver';
import { ModelFiguresResolver } from './model-figures.resolver';
import { OutputsResolver } from './outputs.resolver';
import { ResultsService } from './results.service';
import { RunTablesService } from './run-tables.service';

/** Stored results as every analysis declares them: output tables (GraphQL and CSV), aggregates and the trials CSV. */
@Module({
  imports: [RunsModule],
  controllers: [ResultsController],
  providers: [ResultsResolver, ResultsService, OutputsResolver, RunTablesService, ModelFiguresResolver],
  exports: [ResultsService, RunTablesService],
})
export class ResultsModule {}
