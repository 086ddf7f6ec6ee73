import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A model records why gradients cannot flow through it (the import's gradient probe): forward only. */
export class ModelGradientProblem1796235000000 implements MigrationInterface {
  name = 'ModelGradientProblem1796235000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('model', new TableColumn({ name: 'gradient_problem', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('model', 'gradient_problem');
  }
}
