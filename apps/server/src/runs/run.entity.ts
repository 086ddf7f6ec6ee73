import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RunStatus } from './run-status';

/**
 * A user's request: an analysis plugin (name and version) with its validated params.
 * Timestamps are ISO-8601 text so SQLite and PostgreSQL store and sort them alike.
 */
@Entity('run')
export class RunEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { name: 'analysis_name', length: 128 })
  analysisName!: string;

  @Column('varchar', { name: 'analysis_version', length: 64 })
  analysisVersion!: string;

  @Column('simple-json')
  params!: Record<string, unknown>;

  @Index('IDX_run_status')
  @Column('varchar', { length: 16 })
  status!: RunStatus;

  @Column('integer', { name: 'trial_count' })
  trialCount!: number;

  @Column('integer', { name: 'completed_count', default: 0 })
  completedCount!: number;

  @Column('integer', { name: 'failed_count', default: 0 })
  failedCount!: number;

  @Index('IDX_run_created_at')
  @Column('varchar', { name: 'created_at', length: 32 })
  createdAt!: string;

  @Column('varchar', { name: 'finished_at', length: 32, nullable: true })
  finishedAt!: string | null;

  @Column('text', { nullable: true })
  error!: string | null;
}
