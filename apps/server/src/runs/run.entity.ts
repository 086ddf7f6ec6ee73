import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RunStatus } from './run-status';

/** Where an imported run came from (see run-files/): what the file said, and when it was loaded. */
export interface RunProvenance {
  /** sha256 of the run file it was imported from. */
  readonly sourceChecksum: string;
  /** The run's id on the server that exported it. */
  readonly sourceRunId: string;
  readonly exportedAt: string;
  /** Version of the Transferlab server that exported it. */
  readonly serverVersion: string;
  readonly importedAt: string;
  /** The models the run used, as the file gave them (checksums and training facts). */
  readonly models: readonly {
    readonly id: string;
    readonly name: string;
    readonly checksum: string;
    readonly architecture: string;
    readonly numClasses: number;
    readonly training: Record<string, unknown>;
    readonly metrics: Record<string, number> | null;
  }[];
}

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

  /** The run file's checksum, for an imported run: unique, so a file is imported once. */
  @Index('UQ_run_import_checksum', { unique: true })
  @Column('varchar', { name: 'import_checksum', length: 64, nullable: true })
  importChecksum!: string | null;

  /** Null for a run started here; an imported run is never executed. */
  @Column('simple-json', { nullable: true })
  provenance!: RunProvenance | null;
}
