export { aggregateRobustness, WORST_CASE, type AttackAccuracy, type Board, type BoardRow, type ComponentAccuracy, type Curve, type CurvePoint, type FlagEntry, type RobustnessAggregate } from './aggregate';
export { BLACK_BOX_ATTACKS, FLAG_NAMES, type FlagName, type RobustnessFlag } from './checks';
export { robustnessParams, robustnessTrial, type RobustnessParams, type RobustnessTrial } from './params';
export { checkRobustnessParams, countRobustnessTrials, expandRobustness, robustness } from './robustness';
export { curveArea, epsKey, type EpsOutcome, type RobustnessDetails } from './run-robustness';
