import { dashboardContext, refusal } from '../../../../../src/proxy/dashboard-context';
import { serverFile } from '../../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** One of the run's output tables as CSV, from the server's GET /runs/<id>/tables/<name>.csv. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; file: string }> },
): Promise<Response> {
  // Reads too answer only to the dashboard's own host names (DNS rebinding).
  const refused = refusal(request, dashboardContext());
  if (refused) return refused;
  const { id, file } = await params;
  // Only the table's own query (options, filter) is passed on, each at most 4 KiB; the server checks them.
  const search = new URL(request.url).searchParams;
  const query = new URLSearchParams();
  for (const key of ['options', 'filter']) {
    const v = search.get(key);
    if (v !== null && v.length <= 4096) query.set(key, v);
  }
  const q = query.toString();
  return serverFile(`/runs/${encodeURIComponent(id)}/tables/${encodeURIComponent(file)}${q ? `?${q}` : ''}`);
}
