import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { RunFilesController } from './run-files.controller';
import { RunFilesService } from './run-files.service';

/** Portable runs: export a finished run as a checksummed file, import one as a run that is never executed. */
@Module({
  imports: [RunsModule],
  controllers: [RunFilesController],
  providers: [RunFilesService],
})
export class RunFilesModule {}
