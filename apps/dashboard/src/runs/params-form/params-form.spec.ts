import { describe, expect, it } from 'vitest';
import { isScalarList } from './json-schema';
import { formatList, parseListText, textMeans } from './list-text';
import { deriveUiSchema, LIST_WIDGET } from './ui-schema';

// Shapes as zod's toJSONSchema writes them for the transfer analysis's params.
const integers = { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 };
const strings = { type: 'array', items: { type: 'string', minLength: 1 } };
const depths = {
  type: 'array',
  items: {
    anyOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', const: 'all' },
    ],
  },
};
const enums = { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, uniqueItems: true };
const objects = { type: 'array', items: { type: 'object', properties: { x: { type: 'number' } } } };
const mixedObject = { type: 'array', items: { anyOf: [{ type: 'integer' }, { type: 'object' }] } };

describe('isScalarList', () => {
  it.each([
    ['integers', integers, true],
    ['strings', strings, true],
    ['integer-or-"all"', depths, true],
    ['enum items', enums, false],
    ['objects', objects, false],
    ['integer-or-object', mixedObject, false],
    ['a number', { type: 'number' }, false],
    ['no items', { type: 'array' }, false],
  ])('%s -> %s', (_name, schema, expected) => {
    expect(isScalarList(schema)).toBe(expected);
  });
});

describe('parseListText', () => {
  it('turns numeric tokens into numbers when items may be numbers', () => {
    expect(parseListText('20, 40,80', integers.items)).toEqual([20, 40, 80]);
    expect(parseListText(' 0.1 1e-2 ', { type: 'number' })).toEqual([0.1, 0.01]);
    expect(parseListText('0, 1, all', depths.items)).toEqual([0, 1, 'all']);
  });

  it('keeps strings as typed, numbers included, when items are strings', () => {
    expect(parseListText('model-a, 7', strings.items)).toEqual(['model-a', '7']);
  });

  it('leaves a wrong token as a string for the validator to reject', () => {
    expect(parseListText('20, x', integers.items)).toEqual([20, 'x']);
  });

  it('reads empty text as an empty list', () => {
    expect(parseListText(' , ', integers.items)).toEqual([]);
  });
});

describe('formatList / textMeans', () => {
  it('round-trips a value through its text', () => {
    const text = formatList([0, 1, 'all']);
    expect(text).toBe('0, 1, all');
    expect(parseListText(text, depths.items)).toEqual([0, 1, 'all']);
  });

  it('knows when half-typed text already means the value', () => {
    expect(textMeans('20, ', [20], integers.items)).toBe(true);
    expect(textMeans('20, 4', [20], integers.items)).toBe(false);
    expect(textMeans('', undefined, integers.items)).toBe(true);
  });
});

describe('deriveUiSchema', () => {
  it('gives scalar lists the list widget and leaves other fields to RJSF', () => {
    const schema = {
      type: 'object',
      properties: {
        n: integers,
        sources: strings,
        depths,
        kinds: enums,
        points: objects,
        epochs: { type: 'integer', default: 20 },
      },
    };
    const ui = deriveUiSchema(schema);
    expect(
      Object.keys(ui)
        .filter((k) => !k.startsWith('ui:'))
        .sort(),
    ).toEqual(['depths', 'n', 'sources']);
    expect(ui.n).toMatchObject({ 'ui:widget': LIST_WIDGET });
  });

  it('copes with a schema without properties', () => {
    expect(Object.keys(deriveUiSchema({ type: 'object' }))).toEqual(['ui:submitButtonOptions']);
    expect(Object.keys(deriveUiSchema(null))).toEqual(['ui:submitButtonOptions']);
  });
});
