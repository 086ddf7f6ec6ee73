import { scalarTypes } from './json-schema';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The values typed into a comma-separated list field, as the item schema would have them:
 * a token that looks like a number becomes a number when items may be numbers; any other
 * token stays a string (so a wrong one reaches the validator and gets its message).
 */
export function parseListText(text: string, itemSchema: unknown): (string | number)[] {
  const numeric = [...scalarTypes(itemSchema)].some((t) => t === 'number' || t === 'integer');
  return text
    .split(/[,\s]+/)
    .filter((token) => token.length > 0)
    .map((token) => (numeric && NUMBER.test(token) ? Number(token) : token));
}

/** The text a list value shows as; anything that is not a list shows empty. */
export function formatList(value: unknown): string {
  return Array.isArray(value) ? value.map((v) => String(v)).join(', ') : '';
}

/** Whether the text the user is typing already means this value (so it is left as typed). */
export function textMeans(text: string, value: unknown, itemSchema: unknown): boolean {
  const parsed = parseListText(text, itemSchema);
  return Array.isArray(value) ? JSON.stringify(parsed) === JSON.stringify(value) : parsed.length === 0;
}
