import { UseFilters, UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TokenGuard } from '../auth/token.guard';
import { DomainErrorsFilter } from '../graphql/domain-errors.filter';
import { inputValidationPipe } from '../graphql/input.exception';
import { ImportModelInput } from './dto/import-model.input';
import { ModelObject } from './dto/model.object';
import { ModelsArgs } from './dto/models.args';
import { ModelsService } from './models.service';

@Resolver(() => ModelObject)
@UseFilters(DomainErrorsFilter)
@UsePipes(inputValidationPipe())
export class ModelsResolver {
  constructor(private readonly service: ModelsService) {}

  @Query(() => [ModelObject], {
    description: 'Source model records by id: uploaded, from transferlab.config.json, and from the model plugins (the bundled zoo).',
  })
  models(@Args() args: ModelsArgs): Promise<ModelObject[]> {
    return this.service.list(args.take, args.skip);
  }

  @Query(() => ModelObject, { description: 'One source model by id.' })
  model(@Args('id', { type: () => ID }) id: string): Promise<ModelObject> {
    return this.service.get(id);
  }

  @Mutation(() => ModelObject, {
    description:
      'Validate and inspect an uploaded ONNX classifier (POST /models/upload) in the data worker, then record it (needs the API token). A refusal stores nothing.',
  })
  @UseGuards(TokenGuard)
  importModel(@Args('input') input: ImportModelInput): Promise<ModelObject> {
    return this.service.import(input);
  }

  @Mutation(() => ModelObject, {
    description:
      'Delete an uploaded model and its file (needs the API token). Refused while a run uses it, and for models of the configuration or a plugin.',
  })
  @UseGuards(TokenGuard)
  deleteModel(@Args('id', { type: () => ID }) id: string): Promise<ModelObject> {
    return this.service.delete(id);
  }

  @ResolveField(() => Int, { description: 'Runs that use this model.' })
  runCount(@Parent() model: ModelObject): Promise<number> {
    return this.service.runCount(model.id);
  }
}
