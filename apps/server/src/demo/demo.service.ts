import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readManifest } from '@transferlab/plugins-models';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import type { RunObject } from '../runs/dto/run.object';
import { RunsService } from '../runs/runs.service';
import { DEMO_MARKER_FILE, InjectDemoZooDir } from './demo.constants';
import { DEMO_FOLLOW_UPS, demoFollowUpParams, demoParams, type DemoFollowUp } from './demo-params';

/** A run the demo queued after the sweep. */
export interface DemoRunRecord {
  readonly runId: string;
  readonly trialCount: number;
}

/**
 * What the marker file in the data directory holds; `scripts/start.mjs` reads it to follow the
 * runs. The follow-up runs are absent when they could not be started, and in markers written
 * before they existed.
 */
export interface DemoMarker extends Partial<Record<DemoFollowUp, DemoRunRecord>> {
  readonly runId: string;
  readonly startedAt: string;
  readonly trialCount: number;
}

/**
 * Starts the demo transfer sweep and its follow-up runs (robustness, influence, saliency) once, on a first start: TRANSFERLAB_DEMO=on, no marker file
 * in the data directory and no run in the database. The marker makes it once only, even if
 * the demo run is later cancelled or deleted. Start-up never waits for it (the checksums of
 * the datasets take a while on a fresh machine) and never fails because of it.
 */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');
  /** Settles once the start-up decision is made: the demo run, or undefined when none was started. */
  started: Promise<RunObject | undefined> = Promise.resolve(undefined);

  constructor(
    @InjectConfig() private readonly config: TransferlabConfig,
    private readonly runs: RunsService,
    @InjectDemoZooDir() private readonly zooDir: string,
  ) {}

  // Runs after the queue's own bootstrap (global modules' hooks come first), so the executor
  // has resumed earlier runs before a new one is queued.
  onApplicationBootstrap(): void {
    if (!this.config.demo) return;
    this.started = this.startOnce().catch((e: unknown) => {
      this.logger.warn(`the demo sweep was not started: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    });
  }

  private async startOnce(): Promise<RunObject | undefined> {
    const marker = join(this.config.dataDir, DEMO_MARKER_FILE);
    if (existsSync(marker)) return undefined;
    if ((await this.runs.list(1, 0)).length > 0) return undefined;
    const choice = demoParams(readManifest(this.zooDir)?.models ?? []);
    if ('skipped' in choice) {
      this.logger.warn(`no demo sweep: ${choice.skipped}`);
      return undefined;
    }
    const { params } = choice;
    const run = await this.runs.start('transfer', structuredClone(params));
    // Queued after the sweep, in order: the leaderboard fills first, then each analysis page.
    const followUps: Partial<Record<DemoFollowUp, DemoRunRecord>> = {};
    for (const analysis of DEMO_FOLLOW_UPS) {
      const started = await this.runs
        .start(analysis, structuredClone(demoFollowUpParams(analysis, params.sources)))
        .catch((e: unknown) => {
          this.logger.warn(
            `the demo ${analysis} run was not started: ${e instanceof Error ? e.message : String(e)}`,
          );
          return undefined;
        });
      if (started) followUps[analysis] = { runId: started.id, trialCount: started.trialCount };
    }
    const record: DemoMarker = {
      runId: run.id,
      startedAt: run.createdAt,
      trialCount: run.trialCount,
      ...followUps,
    };
    writeFileSync(marker, `${JSON.stringify(record, null, 2)}\n`);
    this.logger.log(
      `demo sweep started: run ${run.id}, ${run.trialCount} trials (${params.sources.join(', ')} -> ${params.targets.join(', ')})`,
    );
    for (const [analysis, r] of Object.entries(followUps))
      this.logger.log(`demo ${analysis} run queued after it: run ${r.runId}, ${r.trialCount} trials`);
    return run;
  }
}
