'use client';

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { LoginNeeded } from '../auth/login-needed';
import { needsLogin } from '../auth/needs-login';
import { errorMessages } from '../runs/error-messages';
import { CATALOG_MODELS_QUERY, IMPORT_MODEL_MUTATION, type ImportedModel } from './catalog.queries';
import {
  DEFAULT_IMPORT_FORM,
  IMAGENET_INPUT_FIELDS,
  importInput,
  uploadModelFile,
  type ImportForm,
} from './import-model';

type Step = 'idle' | 'uploading' | 'importing';

/** One labelled text input bound to a form field. */
function TextField({
  name,
  label,
  form,
  set,
  hint,
  type = 'text',
}: {
  readonly name: keyof ImportForm;
  readonly label: string;
  readonly form: ImportForm;
  readonly set: (patch: Partial<ImportForm>) => void;
  readonly hint?: string;
  readonly type?: 'text' | 'number';
}): ReactNode {
  const id = `import-${name}`;
  return (
    <div className="form-group">
      <label className="control-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && <p className="field-description">{hint}</p>}
      <input
        id={id}
        name={name}
        type={type}
        value={form[name]}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  );
}

/** What the server detected in the imported model. */
function Imported({ model }: { readonly model: ImportedModel }): ReactNode {
  return (
    <div className="panel" role="status" aria-label="Imported model" data-testid="imported-model">
      <p>
        <strong>Imported</strong> <code>{model.id}</code>
        {/* The name defaults to the id; repeated it would read as a second model. */}
        {model.name !== model.id && ` (${model.name})`}: {model.architecture}, {model.numClasses} classes,
        input {model.input.channels}×{model.input.height}×{model.input.width}, {model.training.kind}
        {model.training.norm ? ` ${model.training.norm} ε=${model.training.epsLabel ?? '?'}` : ''},{' '}
        {(model.size / 1024 / 1024).toFixed(1)} MiB.
      </p>
      <p className="small">
        Feature tensor <code>{model.featureTensor}</code>; sha256 <code>{model.checksum.slice(0, 16)}…</code>
      </p>
      <p className="small">
        {model.blocks.length} block{model.blocks.length === 1 ? '' : 's'} detected (fine-tuning depth k
        unfreezes the last k):
      </p>
      <ol className="small block-list" data-testid="imported-blocks">
        {model.blocks.map((b) => (
          <li key={b}>
            <code>{b}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * Import an ONNX classifier: the file goes to the server through the dashboard's upload route
 * (streamed, with the API token), then importModel validates and inspects it and records it;
 * the new model's detected blocks are shown, or the server's reasons for refusing it.
 */
export function ImportModelForm(): ReactNode {
  const [form, setForm] = useState<ImportForm>(DEFAULT_IMPORT_FORM);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('idle');
  const [problems, setProblems] = useState<string[]>([]);
  const [loginNeeded, setLoginNeeded] = useState(false);
  const [imported, setImported] = useState<ImportedModel | null>(null);
  const [importModel] = useMutation(IMPORT_MODEL_MUTATION, { refetchQueries: [CATALOG_MODELS_QUERY] });
  const set = (patch: Partial<ImportForm>): void => setForm((f) => ({ ...f, ...patch }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setImported(null);
    if (!file) return setProblems(['file: choose the .onnx file']);
    // Check the fields before sending the file (the server checks them again).
    const checked = importInput(form, '00000000-0000-4000-8000-000000000000');
    if ('problems' in checked) return setProblems(checked.problems);
    setProblems([]);
    setLoginNeeded(false);
    try {
      setStep('uploading');
      const { uploadId } = await uploadModelFile(file);
      setStep('importing');
      const built = importInput(form, uploadId);
      if ('problems' in built) return setProblems(built.problems);
      const { data } = await importModel({ variables: { input: built.input } });
      if (data) {
        setImported(data.importModel);
        setForm(DEFAULT_IMPORT_FORM);
        setFile(null);
      }
    } catch (error) {
      setProblems(errorMessages(error));
      setLoginNeeded(needsLogin(error));
    } finally {
      setStep('idle');
    }
  };

  const busy = step !== 'idle';
  return (
    <>
      {problems.length > 0 && (
        <div className="panel panel--error" role="alert" aria-label="The model was not imported">
          <p>
            <strong>The model was not imported.</strong>
          </p>
          <ul>
            {problems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {loginNeeded && <LoginNeeded />}
        </div>
      )}
      {imported && <Imported model={imported} />}
      <form
        className="params-form panel import-form"
        aria-label="Import a source model"
        onSubmit={(e) => void submit(e)}
      >
        <fieldset disabled={busy}>
          <legend>Import an ONNX classifier</legend>
          <div className="form-group">
            <label className="control-label" htmlFor="import-file">
              ONNX file
            </label>
            <p className="field-description">
              One input (NCHW images), logits as the first output, all weights inside the file (e.g.{' '}
              <code>torch.onnx.export</code> of a torchvision ResNet).
            </p>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".onnx,application/octet-stream"
              key={file === null ? 'empty' : 'chosen'}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <TextField
            name="id"
            label="Id"
            hint="What trials call it: lower-case letters, digits, . _ -"
            form={form}
            set={set}
          />
          <TextField name="name" label="Name (optional)" form={form} set={set} />
          <TextField
            name="architecture"
            label="Architecture (optional)"
            hint="e.g. resnet18"
            form={form}
            set={set}
          />

          <fieldset className="import-group">
            <legend>Input</legend>
            <p className="field-description">
              Image size and the normalisation the model expects after scaling pixels to [0,1].{' '}
              <button type="button" onClick={() => set(IMAGENET_INPUT_FIELDS)}>
                Use torchvision ImageNet defaults
              </button>
            </p>
            <div className="form-group">
              <label className="control-label" htmlFor="import-channels">
                Channels
              </label>
              <select
                id="import-channels"
                value={form.channels}
                onChange={(e) => set({ channels: e.target.value as ImportForm['channels'] })}
              >
                <option value="3">3 (RGB)</option>
                <option value="1">1 (grey)</option>
              </select>
            </div>
            <TextField name="height" label="Height" type="number" form={form} set={set} />
            <TextField name="width" label="Width" type="number" form={form} set={set} />
            <TextField name="mean" label="Mean" hint="One number per channel" form={form} set={set} />
            <TextField name="std" label="Std" hint="One positive number per channel" form={form} set={set} />
          </fieldset>

          <fieldset className="import-group">
            <legend>Training</legend>
            <div className="form-group">
              <label className="control-label" htmlFor="import-kind">
                Kind
              </label>
              <select
                id="import-kind"
                value={form.kind}
                onChange={(e) => set({ kind: e.target.value as ImportForm['kind'] })}
              >
                <option value="natural">natural</option>
                <option value="adversarial">adversarial</option>
              </select>
            </div>
            {form.kind === 'adversarial' && (
              <>
                <div className="form-group">
                  <label className="control-label" htmlFor="import-norm">
                    Norm
                  </label>
                  <select
                    id="import-norm"
                    value={form.norm}
                    onChange={(e) => set({ norm: e.target.value as ImportForm['norm'] })}
                  >
                    <option value="L2">L2</option>
                    <option value="Linf">Linf</option>
                  </select>
                </div>
                <TextField
                  name="eps"
                  label="Eps"
                  hint="In [0,1] pixel units: 3, 0.5, 4/255"
                  form={form}
                  set={set}
                />
              </>
            )}
            <TextField name="dataset" label="Trained on (optional)" form={form} set={set} />
            <TextField
              name="notes"
              label="Notes (optional)"
              hint="Source, paper, recipe"
              form={form}
              set={set}
            />
          </fieldset>

          <details className="import-group">
            <summary>Structure overrides (optional)</summary>
            <TextField
              name="featureTensor"
              label="Feature tensor"
              hint="Default: the input of the final Gemm/MatMul"
              form={form}
              set={set}
            />
            <div className="form-group">
              <label className="control-label" htmlFor="import-blocks">
                Block boundaries
              </label>
              <p className="field-description">
                One tensor name per line, input side first. Default: residual Add → Relu outputs.
              </p>
              <textarea
                id="import-blocks"
                rows={4}
                value={form.blocks}
                onChange={(e) => set({ blocks: e.target.value })}
              />
            </div>
          </details>

          <button type="submit">
            {step === 'uploading'
              ? 'Uploading…'
              : step === 'importing'
                ? 'Checking the model…'
                : 'Upload and import'}
          </button>
        </fieldset>
      </form>
    </>
  );
}
