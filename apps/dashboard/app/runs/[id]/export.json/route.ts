import { runFileRoute } from '../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** The finished run as one run file, from the server's GET /runs/<id>/export.json (open, like the CSV). */
export const GET = runFileRoute('export.json');
