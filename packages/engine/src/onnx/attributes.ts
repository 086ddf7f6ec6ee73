import type { Attribute, NodeDef } from './ir';

/** Typed attribute readers with ONNX defaults; a wrong-typed attribute is a malformed model. */
export function attrInt(node: NodeDef, name: string, fallback: number): number {
  const a = node.attributes[name];
  if (a === undefined) return fallback;
  if (a.type !== 'int') throw new Error(`node '${node.name}' (${node.opType}): attribute ${name} must be an int`);
  return a.value;
}

export function attrFloat(node: NodeDef, name: string, fallback: number): number {
  const a = node.attributes[name];
  if (a === undefined) return fallback;
  if (a.type !== 'float') throw new Error(`node '${node.name}' (${node.opType}): attribute ${name} must be a float`);
  return a.value;
}

export function attrInts(node: NodeDef, name: string, fallback: readonly number[] | undefined): readonly number[] | undefined {
  const a = node.attributes[name];
  if (a === undefined) return fallback;
  if (a.type !== 'ints') throw new Error(`node '${node.name}' (${node.opType}): attribute ${name} must be ints`);
  return a.value;
}

export function attrString(node: NodeDef, name: string, fallback: string): string {
  const a = node.attributes[name];
  if (a === undefined) return fallback;
  if (a.type !== 'string') throw new Error(`node '${node.name}' (${node.opType}): attribute ${name} must be a string`);
  return a.value;
}

export const int = (value: number): Attribute => ({ type: 'int', value });
export const float = (value: number): Attribute => ({ type: 'float', value });
export const ints = (value: readonly number[]): Attribute => ({ type: 'ints', value });
export const floats = (value: readonly number[]): Attribute => ({ type: 'floats', value });
export const str = (value: string): Attribute => ({ type: 'string', value });
