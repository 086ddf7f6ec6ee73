import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { InfluenceResolver } from './influence.resolver';
import { InfluenceService } from './influence.service';

/** Influence runs read typed: class-match curves and figures per source, and per-test-image galleries. */
@Module({ imports: [ResultsModule], providers: [InfluenceService, InfluenceResolver] })
export class InfluenceModule {}
