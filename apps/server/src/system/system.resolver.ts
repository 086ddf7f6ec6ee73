import { Query, Resolver } from '@nestjs/graphql';
import { SystemInfo } from './dto/system-info.object';
import { SystemService } from './system.service';

@Resolver(() => SystemInfo)
export class SystemResolver {
  constructor(private readonly service: SystemService) {}

  @Query(() => SystemInfo, { description: 'Version, execution providers and registered plugins.' })
  system(): SystemInfo {
    return this.service.info();
  }
}
