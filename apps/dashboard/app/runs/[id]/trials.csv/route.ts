import { runFileRoute } from '../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** The run's trials as CSV, from the server's GET /runs/<id>/trials.csv. */
export const GET = runFileRoute('trials.csv');
