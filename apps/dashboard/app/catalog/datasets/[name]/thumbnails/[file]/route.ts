import { dashboardContext, refusal } from '../../../../../../src/proxy/dashboard-context';
import { serverFile } from '../../../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** A dataset's image, from the server's GET /datasets/<name>/thumbnails/<index>.png[?split=test]. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ name: string; file: string }> },
): Promise<Response> {
  // Reads too answer only to the dashboard's own host names (DNS rebinding).
  const refused = refusal(request, dashboardContext());
  if (refused) return refused;
  const { name, file } = await params;
  // Only the split is passed on (the influence page shows test images); anything else is dropped.
  const split = new URL(request.url).searchParams.get('split');
  const query = split === null ? '' : `?split=${encodeURIComponent(split)}`;
  return serverFile(`/datasets/${encodeURIComponent(name)}/thumbnails/${encodeURIComponent(file)}${query}`);
}
