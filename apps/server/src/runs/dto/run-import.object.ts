import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RunImport', { description: 'Where an imported run came from: the run file it was loaded from (`transferlab import`).' })
export class RunImportObject {
  @Field({ description: "sha256 of the run file (its `checksum` field, verified at import)." })
  sourceChecksum!: string;

  @Field({ description: 'The run id on the server that exported it.' })
  sourceRunId!: string;

  @Field({ description: 'When the file was exported (ISO-8601).' })
  exportedAt!: string;

  @Field({ description: 'Version of the Transferlab server that exported it.' })
  serverVersion!: string;

  @Field({ description: 'When it was imported here (ISO-8601).' })
  importedAt!: string;
}
