import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The outcome of one trial. The unique (run, trial key) index is what makes writing a
 * result idempotent: a retried or resumed trial can never add a second row.
 */
@Entity('result')
@Index('UQ_result_run_key', ['runId', 'trialKey'], { unique: true })
export class ResultEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { name: 'run_id', length: 36 })
  runId!: string;

  @Column('varchar', { name: 'trial_key', length: 64 })
  trialKey!: string;

  @Column('simple-json')
  metrics!: Record<string, number>;

  /** One record per epoch, when the analysis reports a series. */
  @Column('simple-json', { nullable: true })
  series!: Record<string, number>[] | null;

  /** What else the analysis keeps per trial (per-example outcomes, rankings), as JSON. */
  @Column('simple-json', { nullable: true })
  details!: object | null;

  /** The execution provider the trial's worker ran it on (cpu, cuda, webgpu). */
  @Column('varchar', { length: 32, nullable: true })
  provider!: string | null;

  @Column('varchar', { name: 'plugin_name', length: 128 })
  pluginName!: string;

  @Column('varchar', { name: 'plugin_version', length: 64 })
  pluginVersion!: string;

  @Column('varchar', { name: 'created_at', length: 32 })
  createdAt!: string;
}
