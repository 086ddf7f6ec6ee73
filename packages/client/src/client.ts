import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { TransferlabError, type GraphQLErrorBody } from './errors';
import { serverBaseUrl, serverPath } from './server-url';

export interface TransferlabClientOptions {
  /** The server: `http://127.0.0.1:4000` (a trailing `/graphql` is accepted). */
  readonly url: string;
  /** The API token; mutations and uploads need it, queries do not. */
  readonly token?: string | undefined;
  /** For tests and custom agents; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

/** Which table options (an analysis's own, a baseline source say) and which rows (column name to value or values). */
export interface TableQuery {
  readonly options?: Readonly<Record<string, unknown>> | undefined;
  readonly filter?: Readonly<Record<string, unknown>> | undefined;
}

/** What POST /models/upload answers, for `importModel`. */
export interface UploadReceipt {
  readonly uploadId: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** What POST /runs/import answers: the run it made (marked imported). */
export interface ImportReceipt {
  readonly run: { readonly id: string; readonly analysis: string; readonly status: string; readonly trialCount: number };
}

/** Why fetch failed, as its cause says it (`connect ECONNREFUSED 127.0.0.1:4000`). */
function networkReason(e: unknown): string {
  if (e instanceof Error) return e.cause instanceof Error ? e.cause.message : e.message;
  return String(e);
}

/**
 * A Transferlab server and its API token. The token is a private field: it never appears in
 * `console.log(client)`, `JSON.stringify(client)` or an error message.
 */
export class TransferlabClient {
  readonly baseUrl: URL;
  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;

  constructor(options: TransferlabClientOptions) {
    this.baseUrl = serverBaseUrl(options.url);
    this.#token = options.token === '' ? undefined : options.token;
    this.#fetch = options.fetch ?? fetch;
  }

  /** The GraphQL endpoint (`<base>/graphql`). */
  get graphqlUrl(): string {
    return serverPath(this.baseUrl, 'graphql');
  }

  get hasToken(): boolean {
    return this.#token !== undefined;
  }

  /** The `Authorization` value, for the subscription helper (never printed). */
  authorization(): string | undefined {
    return this.#token === undefined ? undefined : `Bearer ${this.#token}`;
  }

  /** Run one operation; GraphQL errors reject with a TransferlabError carrying the server's code. */
  async request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const response = await this.send('graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const text = await response.text();
    let body: { data?: R | null; errors?: GraphQLErrorBody[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new TransferlabError(response.ok ? 'BAD_RESPONSE' : 'HTTP', `the server answered HTTP ${response.status} without GraphQL: ${text.slice(0, 200)}`, undefined, undefined, response.status);
    }
    if (body.errors !== undefined && body.errors.length > 0) throw TransferlabError.fromGraphQL(body.errors, response.status);
    if (body.data === undefined || body.data === null) {
      throw new TransferlabError('BAD_RESPONSE', `the server answered HTTP ${response.status} with neither data nor errors`, undefined, undefined, response.status);
    }
    return body.data;
  }

  /** The run's trials as CSV (GET /runs/<id>/trials.csv): the file the dashboard's CSV export serves. */
  async trialsCsv(runId: string): Promise<string> {
    return this.getFile(`runs/${encodeURIComponent(runId)}/trials.csv`, 'trials.csv');
  }

  /**
   * One of the run's output tables as CSV (GET /runs/<id>/tables/<table>.csv), intervals
   * flattened to `<col>.mean/.low/.high/.n` and image references to `<col>.dataset/.split/.index`.
   * A table the run's analysis lacks, or options or a filter it refuses: BAD_USER_INPUT with the
   * server's message.
   */
  async tableCsv(runId: string, table: string, query: TableQuery = {}): Promise<string> {
    const search = new URLSearchParams();
    if (query.options !== undefined) search.set('options', JSON.stringify(query.options));
    if (query.filter !== undefined) search.set('filter', JSON.stringify(query.filter));
    const q = search.toString();
    return this.getFile(`runs/${encodeURIComponent(runId)}/tables/${encodeURIComponent(table)}.csv${q === '' ? '' : `?${q}`}`, `${table}.csv`);
  }

  /** Upload an .onnx file (POST /models/upload, needs the token); import it with `importModel` and the receipt's uploadId. */
  async uploadModel(bytes: Uint8Array): Promise<UploadReceipt> {
    const response = await this.send('models/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    const text = await response.text();
    if (response.status === 401) throw new TransferlabError('UNAUTHENTICATED', this.httpMessage(text), 'INVALID_TOKEN', undefined, 401);
    if (!response.ok) throw new TransferlabError('BAD_USER_INPUT', this.httpMessage(text), undefined, undefined, response.status);
    return JSON.parse(text) as UploadReceipt;
  }

  /**
   * A finished run as a run file (GET /runs/<id>/export.json): JSON text whose checksum the
   * caller checks. No such run: NOT_FOUND; a run still going: CONFLICT.
   */
  async exportRun(runId: string): Promise<string> {
    const response = await this.send(`runs/${encodeURIComponent(runId)}/export.json`, { method: 'GET' });
    const text = await response.text();
    if (response.ok) return text;
    throw this.fileError(response.status, this.httpMessage(text), 'GET export.json', text);
  }

  /**
   * Load a run file (JSON or gzip bytes) as an imported run (POST /runs/import, needs the token).
   * A file the server refuses: BAD_USER_INPUT with the field it names; one already imported: CONFLICT.
   */
  async importRun(bytes: Uint8Array): Promise<ImportReceipt> {
    const response = await this.send('runs/import', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as ImportReceipt;
    throw this.fileError(response.status, this.httpMessage(text), 'POST runs/import', text);
  }

  /** An HTTP refusal of a run file request as a TransferlabError (with the reason and field the server gave). */
  private fileError(status: number, message: string, what: string, text: string): TransferlabError {
    let reason: string | undefined;
    let field: string | undefined;
    try {
      const body = JSON.parse(text) as { reason?: unknown; field?: unknown };
      if (typeof body.reason === 'string') reason = body.reason;
      if (typeof body.field === 'string') field = body.field;
    } catch {
      // plain text
    }
    if (status === 401 || status === 429) return new TransferlabError('UNAUTHENTICATED', message, reason, field, status);
    if (status === 404) return new TransferlabError('NOT_FOUND', message, reason, field, status);
    if (status === 409) return new TransferlabError('CONFLICT', message, reason, field, status);
    if (status === 400 || status === 413 || status === 415) return new TransferlabError('BAD_USER_INPUT', message, reason, field, status);
    return new TransferlabError('HTTP', `${what} answered HTTP ${status}: ${message}`, reason, field, status);
  }

  /** A file the server serves over plain HTTP, as text; its refusals mapped to the GraphQL codes. */
  private async getFile(path: string, what: string): Promise<string> {
    const response = await this.send(path, { method: 'GET' });
    const text = await response.text();
    if (response.ok) return text;
    const message = this.httpMessage(text);
    if (response.status === 404) throw new TransferlabError('NOT_FOUND', message, undefined, undefined, 404);
    if (response.status === 400) throw new TransferlabError('BAD_USER_INPUT', message, undefined, undefined, 400);
    throw new TransferlabError('HTTP', `GET ${what} answered HTTP ${response.status}: ${message}`, undefined, undefined, response.status);
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    const authorization = this.authorization();
    if (authorization !== undefined) headers.set('authorization', authorization);
    try {
      return await this.#fetch(serverPath(this.baseUrl, path), { ...init, headers, redirect: 'manual' });
    } catch (e) {
      throw new TransferlabError('UNREACHABLE', `the Transferlab server at ${this.baseUrl.origin} is not reachable (${networkReason(e)})`);
    }
  }

  /** A JSON error body's message (`{ message }` from Nest), else the text itself. */
  private httpMessage(text: string): string {
    try {
      const body = JSON.parse(text) as { message?: unknown };
      if (typeof body.message === 'string') return body.message;
    } catch {
      // plain text
    }
    return text.trim().slice(0, 500);
  }
}
