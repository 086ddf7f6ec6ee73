import { Field, InputType } from '@nestjs/graphql';
import { IsObject, IsString, Length, Matches } from 'class-validator';
import { GraphQLJSON } from '../../graphql/json.scalar';

@InputType({ description: 'An analysis plugin and its params (checked against the plugin\'s schema).' })
export class StartRunInput {
  @Field({ description: 'Name of a registered analysis plugin.' })
  @IsString()
  @Length(1, 128)
  @Matches(/^[a-z0-9-]+$/, { message: 'analysis is a plugin name: lower-case letters, digits and dashes' })
  analysis!: string;

  @Field(() => GraphQLJSON, { description: 'Params object; omitted fields take the plugin\'s defaults.' })
  @IsObject()
  params!: Record<string, unknown>;
}
