import { Module } from '@nestjs/common';
import { RunsResolver } from './runs.resolver';
import { RunsService } from './runs.service';

/** Start, cancel, list and inspect analysis runs. */
@Module({ providers: [RunsResolver, RunsService], exports: [RunsService] })
export class RunsModule {}
