/**
 * Ops a model may contain although the engine has no gradient rule for them: they are
 * deterministic, side-effect free and bounded in memory by their inputs, so running them
 * forward is safe. A graph whose gradient path crosses one of them cannot be differentiated;
 * the derive step reports that, the validator only guards what ONNX Runtime may run.
 */
export const FORWARD_ONLY_OPS: readonly string[] = [
  'Abs',
  'And',
  'ArgMax',
  'ArgMin',
  'Ceil',
  'Exp',
  'Floor',
  'Greater',
  'GreaterOrEqual',
  'Less',
  'LessOrEqual',
  'Log',
  'Max',
  'Min',
  'Not',
  'Or',
  'ReduceMax',
  'ReduceMin',
  'Resize',
  'Round',
  // Swin's shifted-window attention mask (index_put of region ids into zeros) is a ScatterND.
  'ScatterND',
  'Sign',
  'Split',
  'Tile',
  'TopK',
];
