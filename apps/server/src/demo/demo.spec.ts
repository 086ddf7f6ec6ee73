import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { BUNDLED_ZOO_DIR, readManifest } from '@transferlab/plugins-models';
import type { PluginRegistry } from '@transferlab/sdk';
import { parseConfig } from '@transferlab/sdk/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../boot/create-app';
import { PLUGIN_REGISTRY } from '../plugins/plugins.constants';
import type { RunObject } from '../runs/dto/run.object';
import { UNFINISHED_RUN_STATUSES } from '../runs/run-status';
import { RunsService } from '../runs/runs.service';
import { DEMO_MARKER_FILE } from './demo.constants';
import { DEMO_FOLLOW_UPS, demoFollowUpParams, demoParams } from './demo-params';
import { DemoService, type DemoMarker } from './demo.service';

/** Boots the real app on a project folder (kept between boots), with the demo on or off. */
async function boot(
  dir: string,
  demo: 'on' | 'off',
): Promise<{ app: INestApplication; runs: RunsService; demo: DemoService }> {
  const config = parseConfig(
    { TRANSFERLAB_DATA_DIR: 'data', TRANSFERLAB_WORKERS: '1', TRANSFERLAB_DEMO: demo },
    dir,
  );
  const app = await createApp(config);
  const service = app.get(DemoService);
  await service.started;
  return { app, runs: app.get(RunsService), demo: service };
}

/** Stops the runs' trials (they would load the CPU for minutes) and closes the app. */
async function stop(app: INestApplication, runs: RunsService): Promise<void> {
  for (const r of await runs.list(50, 0))
    if (UNFINISHED_RUN_STATUSES.includes(r.status)) await runs.cancel(r.id);
  await app.close();
}

// Each test boots the real app (twice for some), starting runs that checksum the datasets: slow on a loaded machine.
describe('the demo sweep', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  const project = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'tl-demo-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  describe('on a fresh data directory with TRANSFERLAB_DEMO=on', () => {
    let dir: string;
    let firstRunIds: string[];
    beforeAll(() => {
      dir = project();
    });

    it('starts the transfer sweep, then robustness, influence and saliency runs with the demo params for the bundled zoo, and records them', async () => {
      const { app, runs } = await boot(dir, 'on');
      try {
        const list = await runs.list(50, 0);
        expect(list.map((r) => r.analysis).sort()).toEqual(['influence', 'robustness', 'saliency', 'transfer']);
        // Queued in this order (the list is newest first): the leaderboard fills first, then each page.
        expect(list.map((r) => r.analysis).reverse()).toEqual(['transfer', ...DEMO_FOLLOW_UPS]);
        // Parsed as the server parses them: by the registered plugins' own schemas.
        const parse = (analysis: string, params: unknown): unknown =>
          app.get<PluginRegistry>(PLUGIN_REGISTRY).get('analysis', analysis).params.parse(JSON.parse(JSON.stringify(params)));
        const of = (analysis: string) => list.find((r) => r.analysis === analysis)!;
        const run = of('transfer');
        const choice = demoParams(readManifest(BUNDLED_ZOO_DIR)?.models ?? []);
        if (!('params' in choice)) throw new Error(`the bundled zoo gives no demo: ${choice.skipped}`);
        expect(run.params).toEqual(parse('transfer', choice.params));
        expect(run.params).toMatchObject({
          targets: ['mnist', 'fashion-mnist-b'],
          depths: [0, 1],
          seeds: [0, 1, 2],
        });
        expect((run.params.sources as string[])[0]).toBe(
          readManifest(BUNDLED_ZOO_DIR)!.models.find((m) => m.recipe === 'natural')!.id,
        );
        const p = choice.params;
        expect(run.trialCount).toBe(
          p.sources.length * p.targets.length * p.n.length * p.depths.length * p.seeds.length,
        );
        for (const analysis of DEMO_FOLLOW_UPS)
          expect(of(analysis).params, analysis).toEqual(parse(analysis, demoFollowUpParams(analysis, p.sources)));
        const [robustness, influence, saliency] = DEMO_FOLLOW_UPS.map(of) as [RunObject, RunObject, RunObject];
        // sources x norms x the one ensemble x one seed
        expect(robustness.trialCount).toBe(p.sources.length * 2);
        // sources x one target x one n x one depth x 3 seeds
        expect(influence.trialCount).toBe(p.sources.length * 3);
        // sources x one dataset
        expect(saliency.trialCount).toBe(p.sources.length);
        const marker = JSON.parse(readFileSync(join(dir, 'data', DEMO_MARKER_FILE), 'utf8')) as DemoMarker;
        const record = (r: RunObject) => ({ runId: r.id, trialCount: r.trialCount });
        expect(marker).toMatchObject({
          runId: run.id,
          trialCount: run.trialCount,
          robustness: record(robustness),
          influence: record(influence),
          saliency: record(saliency),
        });
        firstRunIds = list.map((r) => r.id).sort();
      } finally {
        await stop(app, runs);
      }
    });

    it('does not start another on the next start', async () => {
      const { app, runs, demo } = await boot(dir, 'on');
      try {
        expect(await demo.started).toBeUndefined();
        expect((await runs.list(50, 0)).map((r) => r.id).sort()).toEqual(firstRunIds);
      } finally {
        await stop(app, runs);
      }
    });
  });

  it('starts nothing with TRANSFERLAB_DEMO=off', async () => {
    const dir = project();
    const { app, runs, demo } = await boot(dir, 'off');
    try {
      expect(await demo.started).toBeUndefined();
      expect(await runs.list(50, 0)).toEqual([]);
      expect(existsSync(join(dir, 'data', DEMO_MARKER_FILE))).toBe(false);
    } finally {
      await stop(app, runs);
    }
  });

  it('starts nothing on a data directory that already has runs', async () => {
    const dir = project();
    const first = await boot(dir, 'off');
    const natural = readManifest(BUNDLED_ZOO_DIR)!.models.find((m) => m.recipe === 'natural')!;
    const own = await first.runs.start('transfer', {
      sources: [natural.id],
      targets: ['mnist'],
      n: [20],
      epochs: 1,
    });
    await stop(first.app, first.runs);
    const second = await boot(dir, 'on');
    try {
      expect(await second.demo.started).toBeUndefined();
      expect((await second.runs.list(50, 0)).map((r) => r.id)).toEqual([own.id]);
      expect(existsSync(join(dir, 'data', DEMO_MARKER_FILE))).toBe(false);
    } finally {
      await stop(second.app, second.runs);
    }
  });
});
