'use client';

import { useApolloClient } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { LoginNeeded } from '../auth/login-needed';
import { needsLogin } from '../auth/needs-login';
import { importRunFile, type ImportedRun } from './run-file-import';
import { RUNS_LIST_QUERY } from './runs.queries';

type State =
  | { readonly step: 'idle' }
  | { readonly step: 'uploading'; readonly name: string }
  | { readonly step: 'imported'; readonly run: ImportedRun }
  | { readonly step: 'refused'; readonly message: string; readonly loginNeeded: boolean };

/**
 * "Import run": a run file exported by a Transferlab (JSON or gzip) sent to the server, which
 * checks it and makes a run marked imported; the server's refusal is shown as it words it.
 */
export function ImportRunButton(): ReactNode {
  const client = useApolloClient();
  const [state, setState] = useState<State>({ step: 'idle' });

  const chosen = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'uploading', name: file.name });
    try {
      const run = await importRunFile(file);
      setState({ step: 'imported', run });
      await client.refetchQueries({ include: [RUNS_LIST_QUERY] });
    } catch (error) {
      setState({
        step: 'refused',
        message: error instanceof Error ? error.message : String(error),
        loginNeeded: needsLogin(error),
      });
    } finally {
      // The same file again is a new choice (a second import is refused, and says so).
      input.value = '';
    }
  };

  return (
    <div className="run-import">
      <label className="button" htmlFor="run-import-file" aria-disabled={state.step === 'uploading'}>
        Import run
      </label>
      <input
        id="run-import-file"
        className="run-import-input"
        type="file"
        accept=".json,.gz,application/json,application/gzip"
        disabled={state.step === 'uploading'}
        onChange={(e) => void chosen(e)}
        data-testid="run-import-file"
      />
      {state.step === 'uploading' && (
        <p className="muted" role="status">
          Importing {state.name}…
        </p>
      )}
      {state.step === 'imported' && (
        <p role="status" data-testid="run-imported">
          Imported as run <Link href={`/runs/${encodeURIComponent(state.run.id)}`}>{state.run.id}</Link>.
        </p>
      )}
      {state.step === 'refused' && (
        <div className="panel panel--error" role="alert" aria-label="The run was not imported">
          <p>
            <strong>The run was not imported:</strong> {state.message}
          </p>
          {state.loginNeeded && <LoginNeeded />}
        </div>
      )}
    </div>
  );
}
