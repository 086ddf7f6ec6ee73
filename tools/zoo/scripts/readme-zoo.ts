import { BUNDLED_ZOO_DIR, readManifest, type ManifestEntry } from '@transferlab/plugins-models';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { epsLabel, robustKey } from '../src/training/evaluate';
import { EVAL_GRID, type Norm } from '../src/training/recipes';

/**
 * Rewrites the bundled-zoo table in plugins/models/README.md (between the zoo markers) from
 * plugins/models/zoo/manifest.json, so the figures there are the manifest's: `npm run docs:zoo -w @transferlab/zoo-tools`.
 */
/** The evaluation grid's columns, in the manifest's key format. */
const GRID = (Object.keys(EVAL_GRID) as Norm[]).flatMap((norm) =>
  EVAL_GRID[norm].map((eps) => ({ key: robustKey(norm, eps), label: `${norm} ${epsLabel(norm, eps)}` })),
);
const pct = (v: number | undefined): string => (v === undefined ? '—' : `${(100 * v).toFixed(1)}%`);

function training(m: ManifestEntry): string {
  const t = m.training;
  if (t.kind === 'natural') return 'natural';
  if (!t.norm || t.eps === undefined) return 'adversarial';
  return `adversarial, ${t.norm} eps ${epsLabel(t.norm, t.eps)}`;
}

export function zooMarkdown(models: readonly ManifestEntry[]): string {
  const header = `| Recipe | Training | Clean | ${GRID.map((g) => `PGD-20 ${g.label}`).join(' | ')} | Epochs | Training time | sha256 |`;
  const rule = `|${' --- |'.repeat(GRID.length + 6)}`;
  const rows = models.map((m) =>
    [
      `\`${m.recipe}\``,
      training(m),
      pct(m.cleanAccuracy),
      ...GRID.map((g) => pct(m.robustAccuracy[g.key])),
      String(m.epochs.length),
      `${(m.trainingSeconds / 60).toFixed(1)} min`,
      `\`${m.sha256.slice(0, 12)}\``,
    ].join(' | '),
  );
  return [header, rule, ...rows.map((r) => `| ${r} |`)].join('\n');
}

const START = '<!-- zoo:start -->';
const END = '<!-- zoo:end -->';

function main(): void {
  const manifest = readManifest(BUNDLED_ZOO_DIR);
  if (!manifest) throw new Error(`no manifest in ${BUNDLED_ZOO_DIR}`);
  // The README of the package that bundles the zoo (plugins/models), beside its zoo folder.
  const path = join(BUNDLED_ZOO_DIR, '..', 'README.md');
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path} lacks the ${START} ... ${END} markers`);
  writeFileSync(path, `${text.slice(0, a + START.length)}\n${zooMarkdown(manifest.models)}\n${text.slice(b)}`);
  console.log(`${path}: zoo table updated (${manifest.models.length} models)`);
}

main();
