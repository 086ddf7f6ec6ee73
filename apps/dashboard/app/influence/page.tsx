import { redirect } from 'next/navigation';
import { movedPageHref } from '../../src/analyses/moved-page';

/** The influence page moved to the analysis's page; its old `image` is the gallery's `testIndex` facet. */
export default async function InfluencePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<never> {
  redirect(movedPageHref('influence', await searchParams, { image: 'testIndex' }));
}
