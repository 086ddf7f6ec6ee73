import { redirect } from 'next/navigation';

/** The saliency page is the analysis page drawn from saliency's declared views; old links keep their query. */
export default async function SaliencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<never> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const v of [value ?? []].flat()) query.append(key, v);
  const q = query.toString();
  redirect(`/analyses/saliency${q ? `?${q}` : ''}`);
}
