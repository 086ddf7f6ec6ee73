import type { InputSpec, TrainingInfo } from '@transferlab/sdk';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where a record came from besides a plugin's name: an upload through the API, or transferlab.config.json. */
export const UPLOAD_ORIGIN = 'upload';
export const CONFIG_ORIGIN = 'config';

/**
 * A source model: its ONNX file in the model store (`<data dir>/model-store/<file>`, named by
 * its sha256), the facts given when it was added and the structure detected from its graph.
 * Timestamps are ISO-8601 text, as in the other tables.
 */
@Entity('model')
export class ModelEntity {
  /** The user-facing slug trials name (`^[a-z0-9][a-z0-9._-]{0,99}$`). */
  @PrimaryColumn('varchar', { length: 100 })
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  /** 'upload', 'config', or the model plugin that lists it ('zoo'). */
  @Column('varchar', { length: 128 })
  origin!: string;

  /** sha256 hex of the ONNX bytes. */
  @Index('IDX_model_checksum')
  @Column('varchar', { length: 64 })
  checksum!: string;

  /** File name in the model store: `<sha256>.onnx`. */
  @Column('varchar', { length: 80 })
  file!: string;

  /** Bytes of the ONNX file. */
  @Column('integer')
  size!: number;

  @Column('varchar', { length: 200 })
  architecture!: string;

  @Column('integer', { name: 'num_classes' })
  numClasses!: number;

  @Column('simple-json')
  input!: InputSpec;

  @Column('simple-json')
  training!: TrainingInfo;

  @Column('text', { name: 'feature_tensor' })
  featureTensor!: string;

  @Column('simple-json')
  blocks!: string[];

  @Column('simple-json', { nullable: true })
  metrics!: Record<string, number> | null;

  /**
   * Why the engine cannot derive gradients through the model (the refused node, from the
   * import's gradient probe), or null: a model with a problem is forward only.
   */
  @Column('text', { name: 'gradient_problem', nullable: true })
  gradientProblem!: string | null;

  @Column('varchar', { name: 'created_at', length: 32 })
  createdAt!: string;
}
