import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '@transferlab/sdk/config';
import { createApp } from '../boot/create-app';
import { printAppSchema } from './print-schema';

/** Writes apps/server/schema.gql from the built code: `npm run schema:write`. */
async function writeSchema(): Promise<void> {
  // The schema does not depend on configuration: an empty environment gives the defaults.
  const app = await createApp(parseConfig({}));
  const file = join(__dirname, '..', '..', 'schema.gql');
  writeFileSync(file, printAppSchema(app));
  await app.close();
  process.stdout.write(`wrote ${file}\n`);
}

void writeSchema();
