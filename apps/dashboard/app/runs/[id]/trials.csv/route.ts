import { serverFile } from '../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** The run's trials as CSV, from the server's GET /runs/<id>/trials.csv. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  return serverFile(`/runs/${encodeURIComponent(id)}/trials.csv`);
}
