import { Module } from '@nestjs/common';
import { RunEvents } from './run-events';
import { RunExecutor } from './run-executor.service';
import { RunUpdates } from './run-updates.service';
import { RunsResolver } from './runs.resolver';
import { RunsService } from './runs.service';
import { TrialProgress } from './trial-progress';
import { TrialResources } from './trial-resources.service';

/**
 * The run lifecycle: start (expand, resolve what trials use, key, store), execute through the
 * queue driver, record results, cancel, resume after a crash, publish progress.
 */
@Module({
  providers: [RunsResolver, RunsService, RunExecutor, RunUpdates, RunEvents, TrialProgress, TrialResources],
  exports: [RunsService, RunExecutor, RunEvents, TrialProgress],
})
export class RunsModule {}
