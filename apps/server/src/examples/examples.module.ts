import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { ExamplesResolver } from './examples.resolver';
import { ExamplesService } from './examples.service';

/** The per-example view: every analysis's declared evidence joined on the image. */
@Module({ imports: [ResultsModule], providers: [ExamplesService, ExamplesResolver] })
export class ExamplesModule {}
