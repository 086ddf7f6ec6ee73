import { EventEmitter, on } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { RunObject } from '../runs/dto/run.object';
import { RunStatus } from '../runs/run-status';

const FINISHED: readonly RunStatus[] = [RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED];

/** In-process stream of run updates (counts, status), published whenever a run's row changes. */
@Injectable()
export class RunEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(run: RunObject): void {
    this.emitter.emit(run.id, run);
  }

  /**
   * The run now, then each update until it finishes. Listening starts before `current` is
   * read, so no update between the two is lost.
   */
  async *watch(runId: string, current: () => Promise<RunObject>): AsyncGenerator<RunObject> {
    const controller = new AbortController();
    const updates = on(this.emitter, runId, { signal: controller.signal });
    try {
      const now = await current();
      yield now;
      if (FINISHED.includes(now.status)) return;
      for await (const [run] of updates as AsyncIterableIterator<[RunObject]>) {
        yield run;
        if (FINISHED.includes(run.status)) return;
      }
    } finally {
      controller.abort();
    }
  }
}
