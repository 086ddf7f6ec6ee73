import { serverFile } from '../../../../../../src/runs/server-file';

export const dynamic = 'force-dynamic';

/** A dataset's sample image, from the server's GET /datasets/<name>/thumbnails/<index>.png. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ name: string; file: string }> },
): Promise<Response> {
  const { name, file } = await params;
  return serverFile(`/datasets/${encodeURIComponent(name)}/thumbnails/${encodeURIComponent(file)}`);
}
