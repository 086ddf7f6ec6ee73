// Test settings shared by every package's vitest config. Timeouts are sized for a loaded
// 2-core machine where turbo runs several packages' tasks at once: no test asserts time.
export const sharedTest = {
  include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};
