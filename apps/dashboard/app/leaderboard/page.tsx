import { redirect } from 'next/navigation';
import { transferHref } from '../../src/analyses/plugins/transfer/legacy-href';

/** The leaderboard is the transfer analysis's page now: old links land there with their choices. */
export default async function LeaderboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<never> {
  redirect(transferHref(await searchParams));
}
