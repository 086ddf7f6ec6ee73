import { redirect } from 'next/navigation';

/**
 * The robustness page is the analysis page drawn from robustness's declared views; old links keep
 * their query (run, dataset, norm, eps and attack are the views' pickers there too).
 */
export default async function RobustnessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<never> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const v of [value ?? []].flat()) query.append(key, v);
  const q = query.toString();
  redirect(`/analyses/robustness${q ? `?${q}` : ''}`);
}
