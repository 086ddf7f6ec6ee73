import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { ResultsController } from './results.controller';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';

/** Aggregates (accuracy with intervals, deltas, data efficiency, leaderboard) and CSV export. */
@Module({ imports: [RunsModule], controllers: [ResultsController], providers: [ResultsResolver, ResultsService], exports: [ResultsService] })
export class ResultsModule {}
