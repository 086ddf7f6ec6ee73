import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A run imported from a run file records where it came from; a file's checksum is imported once. */
export class RunProvenance1796235100000 implements MigrationInterface {
  name = 'RunProvenance1796235100000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('run', [
      new TableColumn({ name: 'import_checksum', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'provenance', type: 'text', isNullable: true }),
    ]);
    await q.createIndex('run', new TableIndex({ name: 'UQ_run_import_checksum', columnNames: ['import_checksum'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('run', 'UQ_run_import_checksum');
    await q.dropColumns('run', ['import_checksum', 'provenance']);
  }
}
