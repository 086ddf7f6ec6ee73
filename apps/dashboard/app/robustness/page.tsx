import { redirect } from 'next/navigation';
import { movedPageHref } from '../../src/analyses/moved-page';

/** The robustness page is drawn from the analysis's declared views now; old links keep their query. */
export default async function RobustnessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<never> {
  redirect(movedPageHref('robustness', await searchParams));
}
