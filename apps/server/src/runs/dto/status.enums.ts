import { registerEnumType } from '@nestjs/graphql';
import { RunStatus, TrialStatus } from '../run-status';

registerEnumType(RunStatus, { name: 'RunStatus', description: 'Where a run is in its life.' });
registerEnumType(TrialStatus, { name: 'TrialStatus', description: 'Where a trial is; DONE means its result is stored.' });

export { RunStatus, TrialStatus };
