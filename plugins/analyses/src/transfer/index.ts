export { transferParams, transferTrial, type TransferParams, type TransferTrial } from './params';
export { expandTransfer, runTransfer, transfer } from './transfer';
