import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Generated from the server code by `npm run schema:write -w @transferlab/server`; do not edit.\n' +
  '# A test fails when this file differs from what the code produces.\n\n';

/** The SDL of a booted app's schema, as committed in apps/server/schema.gql. */
export function printAppSchema(app: INestApplication): string {
  return `${SCHEMA_HEADER}${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
}
