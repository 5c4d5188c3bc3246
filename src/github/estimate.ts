/**
 * How many more pages a newest-first listing needs to reach back to `since`, from its first page: the time the
 * page spans, extrapolated to the time still to cover, and never more than the listing's total allows.
 */
import { epochMs } from './time.js';

export function estimatePages(firstPageTimes: readonly string[], totalCount: number, since: Date, perPage = 100): number {
  const remainingRecords = Math.max(0, totalCount - firstPageTimes.length);
  const byTotal = Math.ceil(remainingRecords / perPage);
  const newest = epochMs(firstPageTimes[0] ?? '');
  const oldest = epochMs(firstPageTimes.at(-1) ?? '');
  const covered = newest - oldest;
  if (!Number.isFinite(covered) || covered <= 0) return byTotal;
  const toCover = Math.max(0, oldest - since.getTime());
  return Math.min(byTotal, Math.ceil((toCover / covered) * (firstPageTimes.length / perPage)));
}
