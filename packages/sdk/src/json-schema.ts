import { z } from 'zod';
import type { ParamsSchema } from './plugin';

/** JSON Schema (draft 2020-12) of a params schema, with defaults, so a client can render a form. */
export function paramsJsonSchema(schema: ParamsSchema): Record<string, unknown> {
  // io 'input': defaults make fields optional for the user filling the form.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}
