import { Query, Resolver } from '@nestjs/graphql';
import { LiveWorker } from './dto/live-worker.object';
import { LiveWorkers } from './live-workers.service';

@Resolver(() => LiveWorker)
export class RemoteWorkersResolver {
  constructor(private readonly live: LiveWorkers) {}

  @Query(() => [LiveWorker], { description: 'Worker commands connected to this server\'s queue (bullmq), with the trials they run now; empty with the local queue.' })
  workers(): Promise<LiveWorker[]> {
    return this.live.list();
  }
}
