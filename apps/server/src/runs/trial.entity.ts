import type { TrialUses } from '@transferlab/sdk';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TrialStatus } from './run-status';

/** One unit of work of a run, under its deterministic trial key. */
@Entity('trial')
@Index('UQ_trial_run_key', ['runId', 'trialKey'], { unique: true })
export class TrialEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { name: 'run_id', length: 36 })
  runId!: string;

  /** Position in the analysis's expansion, so trials list in the plugin's order. */
  @Column('integer')
  ordinal!: number;

  /** sha256 hex of the resolved config, plugin versions and checksums (see trial-key.ts). */
  @Column('varchar', { name: 'trial_key', length: 64 })
  trialKey!: string;

  @Column('simple-json')
  config!: Record<string, unknown>;

  /** The models, datasets (with params) and attacks the analysis declared for this trial. */
  @Column('simple-json', { default: '{}' })
  uses!: TrialUses;

  /** The content checksums its key was made with (`model:<id>`, `dataset:<key>`). */
  @Column('simple-json', { default: '{}' })
  checksums!: Record<string, string>;

  @Column('varchar', { length: 16 })
  status!: TrialStatus;

  /** Times a worker took the trial; a worker death counts. */
  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason!: string | null;
}
