/** A trial as exported: the same fields GraphQL's Run.trials returns. */
export interface CsvTrial {
  readonly key: string;
  readonly ordinal: number;
  readonly status: string;
  readonly attempts: number;
  readonly failureReason: string | null;
  readonly config: Readonly<Record<string, unknown>>;
  readonly result: {
    readonly metrics: Readonly<Record<string, number>>;
    readonly pluginName: string;
    readonly pluginVersion: string;
  } | null;
}

/**
 * A string a spreadsheet would read as a formula (or a DDE call) gets a leading single quote,
 * as OWASP recommends against CSV injection: text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return. Numbers are written as numbers and left alone (a negative number stays one).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
function field(v: unknown): string {
  const text =
    v === null || v === undefined ? '' : typeof v === 'string' ? neutraliseFormula(v) : JSON.stringify(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line break) of RFC 4180 fields. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(field).join(',');
}

/**
 * One row per trial: key, ordinal, status, attempts, failure reason, then every config key
 * (`config.<name>`) and every metric (`metric.<name>`) seen in the run, sorted, then the
 * plugin that produced the result. Numbers are written as JavaScript prints them, which
 * reads back to the identical double; strings that a spreadsheet would run as a formula are
 * prefixed with `'`.
 */
export function trialsCsv(trials: readonly CsvTrial[]): string {
  const configKeys = [...new Set(trials.flatMap((t) => Object.keys(t.config)))].sort();
  const metricKeys = [...new Set(trials.flatMap((t) => Object.keys(t.result?.metrics ?? {})))].sort();
  const header = [
    'key',
    'ordinal',
    'status',
    'attempts',
    'failure_reason',
    ...configKeys.map((k) => `config.${k}`),
    ...metricKeys.map((k) => `metric.${k}`),
    'plugin_name',
    'plugin_version',
  ];
  const rows = trials.map((t) => [
    t.key,
    t.ordinal,
    // As GraphQL spells the enum (DONE, FAILED, ...).
    t.status.toUpperCase(),
    t.attempts,
    t.failureReason,
    ...configKeys.map((k) => t.config[k]),
    ...metricKeys.map((k) => t.result?.metrics[k]),
    t.result?.pluginName,
    t.result?.pluginVersion,
  ]);
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
