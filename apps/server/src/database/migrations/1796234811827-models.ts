import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Source models as records: `model` (one row per model id, its file in the model store named
 * by checksum) and `run_model` (which runs use which models). Columns mirror ModelEntity and
 * RunModelEntity exactly (the database test checks no drift on SQLite and PostgreSQL).
 */
export class Models1796234811827 implements MigrationInterface {
  name = 'Models1796234811827';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'model',
        columns: [
          { name: 'id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'origin', type: 'varchar', length: '128' },
          { name: 'checksum', type: 'varchar', length: '64' },
          { name: 'file', type: 'varchar', length: '80' },
          { name: 'size', type: 'integer' },
          { name: 'architecture', type: 'varchar', length: '200' },
          { name: 'num_classes', type: 'integer' },
          { name: 'input', type: 'text' },
          { name: 'training', type: 'text' },
          { name: 'feature_tensor', type: 'text' },
          { name: 'blocks', type: 'text' },
          { name: 'metrics', type: 'text', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
        indices: [new TableIndex({ name: 'IDX_model_checksum', columnNames: ['checksum'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'run_model',
        columns: [
          { name: 'run_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'model_id', type: 'varchar', length: '100', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'IDX_run_model_model_id', columnNames: ['model_id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('run_model');
    await q.dropTable('model');
  }
}
