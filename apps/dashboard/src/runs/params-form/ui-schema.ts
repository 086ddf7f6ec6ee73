import type { UiSchema } from '@rjsf/utils';
import { isScalarList, isSchemaNode } from './json-schema';

/** Name under which the comma-separated list widget is registered with the form. */
export const LIST_WIDGET = 'list';

/**
 * The form's uiSchema, derived from the params schema alone so that any analysis plugin gets
 * a usable form: scalar lists (n, seeds, model ids) become one comma-separated field.
 */
export function deriveUiSchema(schema: unknown): UiSchema {
  const ui: UiSchema = { 'ui:submitButtonOptions': { submitText: 'Start run' } };
  if (!isSchemaNode(schema) || !isSchemaNode(schema.properties)) return ui;
  for (const [name, prop] of Object.entries(schema.properties)) {
    if (isScalarList(prop))
      ui[name] = { 'ui:widget': LIST_WIDGET, 'ui:placeholder': 'comma-separated, e.g. a, b' };
  }
  return ui;
}

/** The schema the form renders: the plugin's, titled by the analysis when it has no title. */
export function formSchema(schema: unknown, analysis: string): Record<string, unknown> {
  const base = isSchemaNode(schema) ? schema : {};
  return { ...base, title: typeof base.title === 'string' ? base.title : `${analysis} params` };
}
