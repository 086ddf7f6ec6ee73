import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PluginKind } from '../../system/dto/plugin-kind.enum';

@ArgsType()
export class PluginsArgs {
  @Field(() => PluginKind, {
    nullable: true,
    description: 'Only plugins of this kind; all kinds when omitted.',
  })
  @IsOptional()
  @IsEnum(PluginKind)
  kind?: PluginKind | null;
}
