import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '@transferlab/sdk/config';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/boot/create-app';
import { printAppSchema } from '../src/schema/print-schema';

describe('committed GraphQL schema', () => {
  it('equals the schema the code produces (run `npm run schema:write -w @transferlab/server` after changing the API)', async () => {
    const app = await createApp(parseConfig({}, join(__dirname, '..')));
    try {
      const produced = printAppSchema(app);
      const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
      expect(committed).toBe(produced);
      expect(produced).toMatch(/type Query \{[\s\S]*system: SystemInfo!/);
    } finally {
      await app.close();
    }
  });
});
