'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Form from '@rjsf/core';
import type { RegistryWidgetsType } from '@rjsf/utils';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type ReactNode } from 'react';
import { LoginNeeded } from '../auth/login-needed';
import { needsLogin } from '../auth/needs-login';
import { errorMessages } from './error-messages';
import { Empty, LoadError, Loading } from './page-states';
import { ListWidget } from './params-form/list-widget';
import { paramsValidator } from './params-form/params-validator';
import { deriveUiSchema, formSchema, LIST_WIDGET } from './params-form/ui-schema';
import type { AnalysisPluginsQuery } from '../gql/graphql';
import { ANALYSIS_PLUGINS_QUERY, START_RUN_MUTATION } from './runs.queries';

type AnalysisPlugin = AnalysisPluginsQuery['plugins'][number];

const WIDGETS: RegistryWidgetsType = { [LIST_WIDGET]: ListWidget };

/** The analysis preselected when present: the one the dashboard's charts are about. */
const PREFERRED_ANALYSIS = 'transfer';

/** The params form of one analysis, generated from its JSON Schema; submitting starts the run. */
function ParamsForm({ plugin }: { readonly plugin: AnalysisPlugin }): ReactNode {
  const router = useRouter();
  const [startRun, { loading }] = useMutation(START_RUN_MUTATION);
  const [refused, setRefused] = useState<string[]>([]);
  const [loginNeeded, setLoginNeeded] = useState(false);
  const schema = useMemo(() => formSchema(plugin.paramsSchema, plugin.name), [plugin]);
  const uiSchema = useMemo(() => deriveUiSchema(plugin.paramsSchema), [plugin]);

  const submit = async (params: unknown): Promise<void> => {
    setRefused([]);
    setLoginNeeded(false);
    try {
      const { data } = await startRun({ variables: { input: { analysis: plugin.name, params } } });
      if (data) router.push(`/runs/${encodeURIComponent(data.startRun.id)}`);
    } catch (e) {
      setRefused(errorMessages(e));
      setLoginNeeded(needsLogin(e));
    }
  };

  return (
    <>
      {refused.length > 0 && (
        <div className="panel panel--error" role="alert" aria-label="The server refused the run">
          <p>
            <strong>The server refused the run.</strong>
          </p>
          <ul>
            {refused.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {loginNeeded && <LoginNeeded />}
        </div>
      )}
      <Form
        className="params-form panel"
        schema={schema}
        uiSchema={uiSchema}
        validator={paramsValidator}
        widgets={WIDGETS}
        disabled={loading}
        noHtml5Validate
        showErrorList="top"
        onSubmit={({ formData }) => void submit(formData)}
      />
    </>
  );
}

/** Pick an analysis plugin, fill in its params, start the run. */
export function NewRunForm(): ReactNode {
  const { data, loading, error, refetch } = useQuery(ANALYSIS_PLUGINS_QUERY, {
    ssr: false,
    notifyOnNetworkStatusChange: true,
  });
  const analyses = data?.plugins ?? [];
  const [chosen, setChosen] = useState<string | undefined>();

  if (error) return <LoadError what="the analysis plugins" error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading what="the analysis plugins" />;
  if (analyses.length === 0)
    return <Empty>No analysis plugins are registered, so there is nothing to run.</Empty>;

  const name =
    chosen ?? (analyses.some((a) => a.name === PREFERRED_ANALYSIS) ? PREFERRED_ANALYSIS : analyses[0]!.name);
  const plugin = analyses.find((a) => a.name === name) ?? analyses[0]!;
  return (
    <>
      <div className="panel analysis-picker">
        <label htmlFor="analysis">Analysis</label>{' '}
        <select id="analysis" value={plugin.name} onChange={(e) => setChosen(e.target.value)}>
          {analyses.map((a) => (
            <option key={a.name} value={a.name}>
              {a.name} (v{a.version})
            </option>
          ))}
        </select>
        <p className="muted">{plugin.description}</p>
      </div>
      {/* Keyed by the plugin: another analysis starts from its own defaults. */}
      <ParamsForm key={plugin.name} plugin={plugin} />
    </>
  );
}
