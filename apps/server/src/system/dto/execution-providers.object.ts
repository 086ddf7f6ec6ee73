import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'ONNX Runtime execution providers.' })
export class ExecutionProviders {
  @Field(() => [String], { description: 'Providers this installation can use, in preference order.' })
  available!: string[];

  @Field({ description: 'The provider sessions use under the configured setting.' })
  active!: string;

  @Field({ description: 'The configured setting: cpu, cuda or auto.' })
  setting!: string;
}
