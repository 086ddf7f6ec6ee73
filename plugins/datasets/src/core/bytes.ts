/** A Uint8Array view of a Buffer's bytes; `new Uint8Array(buffer)` would copy them. */
export function bytesOf(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
