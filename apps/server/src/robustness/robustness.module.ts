import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { ModelRobustnessResolver, RobustnessResolver } from './robustness.resolver';
import { RobustnessService } from './robustness.service';

/** Robustness runs read typed: leaderboards, curves, flags, and each model's measured robust accuracy. */
@Module({ imports: [ResultsModule], providers: [RobustnessService, RobustnessResolver, ModelRobustnessResolver] })
export class RobustnessModule {}
