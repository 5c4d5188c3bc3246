/**
 * What the comment and the tracking issue share: find our own item, edit it, or create it exactly once.
 *
 * Creation is the one non-idempotent request. GitHub may apply a POST and still answer 5xx (or drop the
 * connection), so a blind retry can leave two comments. The client does not retry POSTs; here, after a failed
 * create, we look again and only create anew when our item is really not there.
 */
import { statusOf } from '../github/errors.js';
/** 403 from a rate limit is not a permission problem: it must not be reported as "the token cannot write". */
export function isPermissionDenied(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== 403 && status !== 404) return false;
  const message = error instanceof Error ? error.message : '';
  return !/rate limit/i.test(message);
}

/** A create that failed this way may nonetheless have been applied by GitHub. */
function mayHaveBeenApplied(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

export interface CreateOnceOptions<T> {
  create: () => Promise<T>;
  /** Looks for our item again; returns it if it is there after all. */
  find: () => Promise<T | undefined>;
  /** Total create attempts, including the first. */
  attempts?: number;
}

export async function createOnce<T>({ create, find, attempts = 3 }: CreateOnceOptions<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!mayHaveBeenApplied(error)) throw error;
      const applied = await find();
      if (applied !== undefined) return applied;
      if (attempt >= attempts) throw error;
    }
  }
}
