import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Recipe } from '../training/recipes';
import { manifestEntrySchema } from '@transferlab/plugins-models';
import { upsertManifestEntry } from '../save';

/**
 * Trains recipes in up to `jobs` child processes (one ONNX Runtime session set each, so
 * cores are used without threads fighting inside one op). Each child writes its model and
 * an entry file; this process alone writes the manifest. Returns the recipes that failed.
 */
export async function trainInParallel(script: string, recipes: readonly Recipe[], jobs: number, out: string, passthrough: readonly string[]): Promise<string[]> {
  const queue = [...recipes];
  const staging = mkdtempSync(join(tmpdir(), 'zoo-train-'));
  const failed: string[] = [];
  const worker = async (): Promise<void> => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const entryFile = join(staging, `${r.name}.json`);
      const name = r.name;
      const code = await new Promise<number>((resolve) => {
        fork(script, ['--recipe', name, '--out', out, '--entry-file', entryFile, ...passthrough], { stdio: 'inherit' })
          .on('error', () => resolve(1))
          .on('exit', (c) => resolve(c ?? 1));
      });
      if (code !== 0) {
        failed.push(name);
        continue;
      }
      upsertManifestEntry(out, manifestEntrySchema.parse(JSON.parse(readFileSync(entryFile, 'utf8'))));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, recipes.length)) }, worker));
  return failed;
}
