import { redirect } from 'next/navigation';

type SearchParams = Record<string, string | string[] | undefined>;

/** The old influence page's `image` is the gallery's `testIndex` facet now. */
const RENAMED: Readonly<Record<string, string>> = { image: 'testIndex' };

/** The influence page moved to the analysis's page: old links land there with their query. */
export default async function InfluencePage({
  searchParams,
}: {
  readonly searchParams: Promise<SearchParams>;
}): Promise<never> {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const v of [value ?? []].flat()) q.append(Object.hasOwn(RENAMED, key) ? RENAMED[key]! : key, v);
  const query = q.toString();
  redirect(query === '' ? '/analyses/influence' : `/analyses/influence?${query}`);
}
