import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.mjs';

// Bundled Fashion-MNIST decodes in 1-2 s alone, but several times that on a loaded machine.
export default defineConfig({ test: sharedTest });
