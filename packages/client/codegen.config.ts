import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the client, generated from the server's committed schema with the
 * dashboard's settings (client preset, no fragment masking). Operations are written with
 * `graphql(...)` from `src/gql` under src/operations; `npm run codegen` rewrites src/gql, and
 * src/gql/codegen-drift.spec.ts fails when the committed files differ from what this produces.
 */
export const codegenConfig: CodegenConfig = {
  schema: '../../apps/server/schema.gql',
  documents: ['src/operations/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown' },
        strictScalars: true,
        // Only the types the operations use: a schema change elsewhere leaves these files as they are.
        onlyOperationTypes: true,
        // A selected nullable field is always in the response (null, never missing).
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default codegenConfig;
