export { aggregateSweep, aggregateTransfer, sweepRow, SWEEP_FIELDS, type AccuracyCell, type DeltaCell, type EfficiencyScore, type EpochCell, type LeaderboardEntry, type SweepRow, type TargetResults } from './aggregate';
export { transferParams, transferTrial, type TransferParams, type TransferTrial } from './params';
export { expandTransfer, runTransfer, runTransferGroup, transfer, transferGroupKey } from './transfer';
export { encodeCorrect, perImageOutcome, transferCorrect, type TransferPerImage } from './per-image';
