import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const runId: TableColumnOptions = { name: 'run_id', type: 'varchar', length: '36' };
const trialKey: TableColumnOptions = { name: 'trial_key', type: 'varchar', length: '64' };

/**
 * run, trial and result, written with TypeORM's table builder so the one migration serves
 * SQLite and PostgreSQL. Columns mirror the entities exactly (a test checks no drift).
 */
export class InitialSchema1764040000000 implements MigrationInterface {
  name = 'InitialSchema1764040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'run',
        columns: [
          id,
          { name: 'analysis_name', type: 'varchar', length: '128' },
          { name: 'analysis_version', type: 'varchar', length: '64' },
          { name: 'params', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'trial_count', type: 'integer' },
          { name: 'completed_count', type: 'integer', default: 0 },
          { name: 'failed_count', type: 'integer', default: 0 },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'finished_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_run_status', columnNames: ['status'] }),
          new TableIndex({ name: 'IDX_run_created_at', columnNames: ['created_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trial',
        columns: [
          id,
          runId,
          { name: 'ordinal', type: 'integer' },
          trialKey,
          { name: 'config', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'failure_reason', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'UQ_trial_run_key', columnNames: ['run_id', 'trial_key'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'result',
        columns: [
          id,
          runId,
          trialKey,
          { name: 'metrics', type: 'text' },
          { name: 'series', type: 'text', isNullable: true },
          { name: 'plugin_name', type: 'varchar', length: '128' },
          { name: 'plugin_version', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
        indices: [new TableIndex({ name: 'UQ_result_run_key', columnNames: ['run_id', 'trial_key'], isUnique: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('result');
    await q.dropTable('trial');
    await q.dropTable('run');
  }
}
