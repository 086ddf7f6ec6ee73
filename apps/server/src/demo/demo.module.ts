import { Module } from '@nestjs/common';
import { BUNDLED_ZOO_DIR } from '@transferlab/plugins-models';
import { RunsModule } from '../runs/runs.module';
import { DEMO_ZOO_DIR } from './demo.constants';
import { DemoService } from './demo.service';

/** The demo sweep `npm start` shows on a first start (TRANSFERLAB_DEMO). */
@Module({
  imports: [RunsModule],
  // The bundled zoo: the same folder the registry's `zoo` model plugin lists.
  providers: [DemoService, { provide: DEMO_ZOO_DIR, useValue: BUNDLED_ZOO_DIR }],
  exports: [DemoService],
})
export class DemoModule {}
