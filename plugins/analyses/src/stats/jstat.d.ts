// The part of jStat (no bundled types) that the statistics use.
declare module 'jstat' {
  export const jStat: {
    studentt: {
      inv(p: number, dof: number): number;
      cdf(x: number, dof: number): number;
    };
  };
}
