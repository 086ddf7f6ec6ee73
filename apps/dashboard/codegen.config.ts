import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the dashboard, generated from the server's committed schema.
 * Operations are written with `graphql(...)` from `src/gql` anywhere under app/ or src/;
 * `npm run codegen` rewrites src/gql, and a unit test (src/gql/codegen-drift.spec.ts) fails
 * when the committed files differ from what this configuration produces.
 */
export const codegenConfig: CodegenConfig = {
  schema: '../server/schema.gql',
  documents: ['app/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}', '!src/gql/**'],
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
        // A selected nullable field is always in the response (null, never missing).
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default codegenConfig;
