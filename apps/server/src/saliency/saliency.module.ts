import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { ExampleEvidenceService } from './example-evidence.service';
import { SaliencyResolver } from './saliency.resolver';
import { SaliencyService } from './saliency.service';

/** Saliency runs read typed (alignment per source, grids, disagreements), and the per-example view across runs. */
@Module({ imports: [ResultsModule], providers: [SaliencyService, ExampleEvidenceService, SaliencyResolver] })
export class SaliencyModule {}
