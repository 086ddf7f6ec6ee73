import type { AnyPlugin } from '@transferlab/sdk';
import { zoo } from './zoo/zoo-plugin';

export { MANIFEST_FILE, manifestEntrySchema, manifestSchema, readManifest, type Manifest, type ManifestEntry } from './zoo/manifest';
export { BUNDLED_ZOO_DIR, zoo, zooSource } from './zoo/zoo-plugin';

/** The built-in models plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [zoo];
