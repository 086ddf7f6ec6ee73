import { ModelEntity } from '../models/model.entity';
import { RunModelEntity } from '../models/run-model.entity';
import { ResultEntity } from '../results/result.entity';
import { RunEntity } from '../runs/run.entity';
import { TrialEntity } from '../runs/trial.entity';

/** Every entity the server persists; the migrations create exactly these tables. */
export const ENTITIES = [RunEntity, TrialEntity, ResultEntity, ModelEntity, RunModelEntity];
