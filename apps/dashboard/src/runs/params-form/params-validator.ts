import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';

/**
 * Plugins describe their params in JSON Schema draft 2020-12 (zod's toJSONSchema), which
 * the default draft-07 Ajv refuses: validate with Ajv's 2020 class.
 */
export const paramsValidator = customizeValidator({
  AjvClass: Ajv2020 as unknown as NonNullable<Parameters<typeof customizeValidator>[0]>['AjvClass'],
});
