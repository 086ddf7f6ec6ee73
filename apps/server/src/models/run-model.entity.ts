import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A run uses a model: written in the run's start transaction; a referenced model cannot be deleted. */
@Entity('run_model')
export class RunModelEntity {
  @PrimaryColumn('varchar', { name: 'run_id', length: 36 })
  runId!: string;

  @Index('IDX_run_model_model_id')
  @PrimaryColumn('varchar', { name: 'model_id', length: 100 })
  modelId!: string;
}
