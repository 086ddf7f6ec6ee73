// The part of jStat (no bundled types) that the statistics use.
declare module 'jstat' {
  export const jStat: {
    normal: {
      inv(p: number, mean: number, sd: number): number;
    };
    studentt: {
      inv(p: number, dof: number): number;
      cdf(x: number, dof: number): number;
    };
  };
}
