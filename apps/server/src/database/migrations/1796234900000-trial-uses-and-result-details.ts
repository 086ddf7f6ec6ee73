import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Trials record what they use (models, datasets with params, attacks) and the checksums their
 * key was made with; results keep the analysis's JSON details and the execution provider
 * that ran them.
 */
export class TrialUsesAndResultDetails1796234900000 implements MigrationInterface {
  name = 'TrialUsesAndResultDetails1796234900000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('trial', [
      new TableColumn({ name: 'uses', type: 'text', default: "'{}'" }),
      new TableColumn({ name: 'checksums', type: 'text', default: "'{}'" }),
    ]);
    await q.addColumns('result', [
      new TableColumn({ name: 'details', type: 'text', isNullable: true }),
      new TableColumn({ name: 'provider', type: 'varchar', length: '32', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('result', ['details', 'provider']);
    await q.dropColumns('trial', ['uses', 'checksums']);
  }
}
