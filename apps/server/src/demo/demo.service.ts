import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readManifest } from '@transferlab/plugins-models';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import type { RunObject } from '../runs/dto/run.object';
import { RunsService } from '../runs/runs.service';
import { DEMO_MARKER_FILE, InjectDemoZooDir } from './demo.constants';
import { demoParams, demoRobustnessParams } from './demo-params';

/** What the marker file in the data directory holds; `scripts/start.mjs` reads it to follow the run. */
export interface DemoMarker {
  readonly runId: string;
  readonly startedAt: string;
  readonly trialCount: number;
  /** The demo's robustness run (absent in markers written before it existed). */
  readonly robustness?: { readonly runId: string; readonly trialCount: number };
}

/**
 * Starts the demo transfer sweep and robustness run once, on a first start: TRANSFERLAB_DEMO=on, no marker file
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
    const run = await this.runs.start('transfer', {
      ...params,
      sources: [...params.sources],
      targets: [...params.targets],
      n: [...params.n],
      depths: [...params.depths],
      seeds: [...params.seeds],
    });
    // Queued after the sweep: the leaderboard fills first, the robustness page after.
    const p = demoRobustnessParams(params.sources);
    const robustness = await this.runs
      .start('robustness', {
        ...p,
        sources: [...p.sources],
        norms: [...p.norms],
        epsLinf: [...p.epsLinf],
        epsL2: [...p.epsL2],
        attacks: [...p.attacks],
        seeds: [...p.seeds],
      })
      .catch((e: unknown) => {
        this.logger.warn(
          `the demo robustness run was not started: ${e instanceof Error ? e.message : String(e)}`,
        );
        return undefined;
      });
    const record: DemoMarker = {
      runId: run.id,
      startedAt: run.createdAt,
      trialCount: run.trialCount,
      ...(robustness ? { robustness: { runId: robustness.id, trialCount: robustness.trialCount } } : {}),
    };
    writeFileSync(marker, `${JSON.stringify(record, null, 2)}\n`);
    this.logger.log(
      `demo sweep started: run ${run.id}, ${run.trialCount} trials (${params.sources.join(', ')} -> ${params.targets.join(', ')})`,
    );
    if (robustness)
      this.logger.log(
        `demo robustness run started: run ${robustness.id}, ${robustness.trialCount} trials (autoattack-fast on ${p.testLimit} ${p.dataset} test images)`,
      );
    return run;
  }
}
