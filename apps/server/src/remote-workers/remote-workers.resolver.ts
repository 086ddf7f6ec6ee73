import { Query, Resolver } from '@nestjs/graphql';
import { LiveWorker } from './dto/live-worker.object';
import { LiveWorkers } from './live-workers.service';

@Resolver(() => LiveWorker)
export class RemoteWorkersResolver {
  constructor(private readonly live: LiveWorkers) {}

  @Query(() => [LiveWorker], {
    description:
      "Trial workers with the trials they run now and their engine processes' memory: this server's own processes (local queue), or the worker commands connected to its bullmq queue.",
  })
  workers(): Promise<LiveWorker[]> {
    return this.live.list();
  }
}
