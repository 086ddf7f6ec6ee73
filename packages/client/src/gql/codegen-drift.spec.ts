import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.config';

const packageRoot = resolve(__dirname, '..', '..');
const absolute = (p: string): string => (p.startsWith('!') ? `!${join(packageRoot, p.slice(1))}` : join(packageRoot, p));

/** The committed configuration with every path made absolute, so the test runs from any folder. */
function configFromAnyFolder(): typeof codegenConfig {
  const { hooks: _hooks, schema, documents, generates, ...rest } = codegenConfig;
  return {
    ...rest,
    schema: absolute(schema as string),
    documents: (documents as string[]).map(absolute),
    generates: Object.fromEntries(Object.entries(generates).map(([out, target]) => [absolute(out), target])),
  };
}

describe('generated GraphQL operations (src/gql)', () => {
  it('match what `npm run codegen` produces from apps/server/schema.gql and src/operations', async () => {
    // In memory: nothing is written, so a failing check leaves the committed files as they are.
    const outputs = await generate(configFromAnyFolder(), false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const path = isAbsolute(filename) ? filename : join(packageRoot, filename);
      const expected = await format(content, { ...(await resolveConfig(path)), filepath: path });
      const committed = await readFile(path, 'utf8').catch(() => '(missing)');
      expect(committed, `${path} is stale: run \`npm run codegen -w @transferlab/client\``).toBe(expected);
    }
  }, 60_000);
});
