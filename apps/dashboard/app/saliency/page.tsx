import { redirect } from 'next/navigation';
import { movedPageHref } from '../../src/analyses/moved-page';

/** The saliency page is drawn from the analysis's declared views now; old links keep their query. */
export default async function SaliencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<never> {
  redirect(movedPageHref('saliency', await searchParams));
}
