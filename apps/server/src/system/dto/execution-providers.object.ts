import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'ONNX Runtime execution providers.' })
export class ExecutionProviders {
  @Field(() => [String], { description: 'Providers this installation can use, in preference order.' })
  available!: string[];

  @Field({ description: 'The provider sessions use under the configured setting.' })
  active!: string;

  @Field({ description: 'The configured setting: cpu, cuda, webgpu or auto.' })
  setting!: string;

  @Field(() => String, { nullable: true, description: 'Why the configured setting did not give a GPU provider (auto fell back to cpu), when it did not.' })
  fallbackReason!: string | null;
}
