/**
 * The run's deadline. Per-request timeouts alone let a server that accepts and never answers cost minutes: each
 * request waits its timeout, is retried, and the next page or source starts over. A deadline signal ends all of
 * it at once: requests in flight are aborted, later ones fail before they are sent, and none is retried.
 */
/**
 * Named `AbortError` on purpose: Octokit rethrows an `AbortError` from fetch as it is, where it would wrap any
 * other error as a 500 that the retry plugin retries. The message says what to do.
 */
export class DeadlineError extends Error {
  override name = 'AbortError';
  readonly deadline = true;
}

export function isDeadlineError(error: unknown): error is DeadlineError {
  return error instanceof DeadlineError || (error as { deadline?: unknown } | null)?.deadline === true;
}

const endsAt = new WeakMap<AbortSignal, number>();

/** Node's timers hold 2^31-1 ms (24.8 days); a longer delay overflows and fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A signal that aborts `seconds` from now with a DeadlineError saying `message`; it keeps no process alive. */
export function deadlineSignal(seconds: number, message: string): AbortSignal {
  const controller = new AbortController();
  // The options refuse more than a day; a caller that passes more still gets a deadline that has not passed.
  setTimeout(() => controller.abort(new DeadlineError(message)), Math.min(seconds * 1000, MAX_TIMER_MS)).unref();
  endsAt.set(controller.signal, Date.now() + seconds * 1000);
  return controller.signal;
}

/** Whether waiting `ms` (for a rate limit to reset) still ends before `signal`'s deadline. */
export function waitFitsDeadline(signal: AbortSignal | undefined, ms: number): boolean {
  if (!signal) return true;
  if (signal.aborted) return false;
  const end = endsAt.get(signal);
  return end === undefined || Date.now() + ms < end;
}

/**
 * The error a request gets once `signal` (a deadline) has aborted, naming what the attempts before it met (a
 * reset connection, a 502): a deadline must not hide the cause it cut short.
 */
export function deadlineErrorOf(signal: AbortSignal, lastFailure?: string): DeadlineError {
  const reason: unknown = signal.reason;
  const message = reason instanceof Error ? reason.message : 'the run reached its deadline';
  return new DeadlineError(
    lastFailure === undefined ? message : `${message} (The last attempt failed: ${lastFailure}.)`,
  );
}

/** The measuring deadline's message: what happened (`duration` as the user reads it) and the option for more time. */
export function measuringDeadlineMessage(duration: string, option: string): string {
  return (
    `GitHub did not answer in time: the run's deadline of ${duration} passed before this was read. ` +
    `Re-run later, or allow more time with ${option}.`
  );
}
