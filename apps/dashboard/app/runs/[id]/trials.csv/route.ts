import { dashboardContext, refusal } from '../../../../src/proxy/dashboard-context';
import { serverFile } from '../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** The run's trials as CSV, from the server's GET /runs/<id>/trials.csv. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  // Reads too answer only to the dashboard's own host names (DNS rebinding).
  const refused = refusal(request, dashboardContext());
  if (refused) return refused;
  const { id } = await params;
  return serverFile(`/runs/${encodeURIComponent(id)}/trials.csv`);
}
