import { decodeModel, encodeModel, modelHash, type TensorData, type TrainerState } from '@transferlab/engine';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Recipe } from './recipes';
import type { EpochLog, TrainOptions } from './train-model';

/** A training run after some epochs: enough to continue it exactly. */
export interface Checkpoint {
  /** Identifies the run (recipe and every option that changes the result). */
  readonly fingerprint: string;
  readonly epochsDone: number;
  readonly logs: readonly EpochLog[];
  readonly elapsedSeconds: number;
  readonly state: TrainerState;
}

export function runFingerprint(recipe: Recipe, o: TrainOptions): string {
  const { trainSize, testSize, epochs, batchSize, architecture, lr } = o;
  return modelHash(new TextEncoder().encode(JSON.stringify({ recipe, trainSize, testSize, epochs, batchSize, architecture, lr })));
}

const KEY = 'transferlab.checkpoint';

/**
 * Stored as an ONNX file holding the carried tensors as initializers (the engine's codec
 * already round-trips them exactly) and the rest as metadata; written to a temporary name
 * and renamed, so a crash mid-write leaves the previous checkpoint intact.
 */
export function writeCheckpoint(path: string, c: Checkpoint): void {
  const initializers: TensorData[] = [...c.state.tensors.values()];
  const bytes = encodeModel({
    // One Identity node: the codec reads only models with a graph.
    graph: {
      name: 'checkpoint',
      nodes: [{ name: 'keep', opType: 'Identity', domain: '', inputs: ['x'], outputs: ['y'], attributes: {} }],
      initializers,
      inputs: [{ name: 'x', dataType: 'float32', shape: [1] }],
      outputs: [{ name: 'y', dataType: 'float32', shape: [1] }],
      valueInfo: [],
    },
    irVersion: 8,
    opsetVersion: 17,
    producerName: 'transferlab',
    metadata: { [KEY]: JSON.stringify({ fingerprint: c.fingerprint, epochsDone: c.epochsDone, logs: c.logs, elapsedSeconds: c.elapsedSeconds, step: c.state.step }) },
  });
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
}

export function readCheckpoint(path: string): Checkpoint | undefined {
  if (!existsSync(path)) return undefined;
  const model = decodeModel(new Uint8Array(readFileSync(path)));
  const raw = model.metadata[KEY];
  if (raw === undefined) throw new Error(`${path} is not a training checkpoint`);
  const meta = JSON.parse(raw) as { fingerprint: string; epochsDone: number; logs: EpochLog[]; elapsedSeconds: number; step: number };
  return {
    fingerprint: meta.fingerprint,
    epochsDone: meta.epochsDone,
    logs: meta.logs,
    elapsedSeconds: meta.elapsedSeconds,
    state: { step: meta.step, tensors: new Map(model.graph.initializers.map((t) => [t.name, t])) },
  };
}
