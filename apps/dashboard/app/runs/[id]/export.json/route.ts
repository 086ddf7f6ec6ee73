import { dashboardContext, refusal } from '../../../../src/proxy/dashboard-context';
import { serverFile } from '../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** The finished run as one run file, from the server's GET /runs/<id>/export.json (open, like the CSV). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  // Reads too answer only to the dashboard's own host names (DNS rebinding).
  const refused = refusal(request, dashboardContext());
  if (refused) return refused;
  const { id } = await params;
  return serverFile(`/runs/${encodeURIComponent(id)}/export.json`);
}
