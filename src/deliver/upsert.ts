/**
 * What the comment and the tracking issue share: find our own item, edit it, or create it exactly once.
 *
 * Creation is the one non-idempotent request. GitHub may apply a POST and still answer 5xx (or drop the
 * connection), so a blind retry can leave two comments. The client does not retry POSTs; here, after a failed
 * create, we look again and only create anew when our item is really not there.
 *
 * Two runs that race (two quick pushes, no `concurrency:` group) may both find nothing and both create. The next
 * run then finds several of ours: it keeps the oldest (the one people may already link to), edits it, and
 * removes the rest (the caller says how: delete a comment, close an issue). Only items of ours are ever found:
 * same marker and same author.
 */
import type { PreviousRun } from '../report/model.js';
import { statusOf } from '../github/errors.js';
import { composeBody, extractPreviousRun, renderBudget } from './marker.js';
import { errorMessage } from '../model/error-message.js';
import { plural } from '../model/plural.js';

/**
 * Renders the visible body given the state the previous comment or issue carried (for the change since then)
 * and the characters it may take (pass it to `renderComment` as `maxChars`: the rest is the hidden state).
 */
export type Render = (previous: PreviousRun | undefined, maxChars: number) => string;

/**
 * The state to hide for the next run, or how to make it from the one the last body carried (a `value` key
 * result's history grows from it); absent: keep the one the last body carried.
 */
export type NextState = PreviousRun | ((previous: PreviousRun | undefined) => PreviousRun);

export interface DeliverLog {
  info(message: string): void;
  warning(message: string): void;
}

/** `url` of the comment or issue written, or why none was (already worded as a warning for the log). */
export type DeliveryResult = { url: string } | { skipped: string };

/** A comment or issue of ours, as GitHub lists it. */
export interface OwnItem {
  html_url: string;
  body?: string | null | undefined;
}

export interface UpsertOwnOptions<T extends OwnItem> {
  /** Our items (marker and author), oldest first. */
  find: () => Promise<T[]>;
  /** The first look, when it was made ahead (to read the state the last body carried before scoring). */
  found?: Promise<T[]> | undefined;
  update: (existing: T, body: string) => Promise<T>;
  create: (body: string) => Promise<T>;
  /** After a race: do away with one extra item of ours, given the one kept. */
  removeExtra: (extra: T, kept: T) => Promise<void>;
  /** Checks what GitHub made of a new item (e.g. that it kept its label); returns a warning if it did not. */
  checkCreated?: (created: T) => string | undefined;
  marker: string;
  render: Render;
  /** This run's state, hidden in the body for the next run; absent: keep the one the last body carried. */
  state?: NextState;
  log: DeliverLog;
  /** `scorecard comment`, `tracking issue`: for the log. */
  what: string;
  /** The warning when the token may not write it. */
  denied: string;
}

/** Edit our item in place, or create it once; a token that may not write gets a warning, not a failure. */
export async function upsertOwn<T extends OwnItem>(options: UpsertOwnOptions<T>): Promise<DeliveryResult> {
  const { find, marker, render, state, log, what } = options;
  try {
    const [existing, ...extras] = await (options.found ?? find());
    const previous = extractPreviousRun(existing?.body);
    // A run with nothing to remember (an invalid OKR file) carries the last scorecard's figures forward.
    const kept = typeof state === 'function' ? state(previous) : (state ?? previous);
    const body = composeBody(render(previous, renderBudget(kept)), marker, kept);
    if (existing) {
      const updated = await options.update(existing, body);
      log.info(`Updated the ${what}: ${updated.html_url}`);
      await removeExtras(options, extras, updated);
      return { url: updated.html_url };
    }
    const created = await createOnce({ create: () => options.create(body), find: async () => (await find())[0] });
    log.info(`Created the ${what}: ${created.html_url}`);
    const warning = options.checkCreated?.(created);
    if (warning) log.warning(warning);
    return { url: created.html_url };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    log.warning(options.denied);
    return { skipped: options.denied };
  }
}

/** One at a time, oldest first; one that fails is reported and the next is still tried (the next run retries). */
async function removeExtras<T extends OwnItem>(options: UpsertOwnOptions<T>, extras: T[], kept: T): Promise<void> {
  let removed = 0;
  for (const extra of extras) {
    try {
      await options.removeExtra(extra, kept);
      removed += 1;
    } catch (error) {
      const reason = errorMessage(error);
      options.log.warning(
        `A second ${options.what} (${extra.html_url}) left by an earlier run was not removed: ${reason}`,
      );
    }
  }
  if (removed > 0) {
    const items = plural(removed, `extra ${options.what}`, `extra ${options.what}s`);
    options.log.info(`Removed ${items} left by runs that raced; kept ${kept.html_url}`);
  }
}

/** 403 from a rate limit is not a permission problem: it must not be reported as "the token cannot write". */
function isPermissionDenied(error: unknown): boolean {
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

interface CreateOnceOptions<T> {
  create: () => Promise<T>;
  /** Looks for our item again; returns it if it is there after all. */
  find: () => Promise<T | undefined>;
  /** Total create attempts, including the first. */
  attempts?: number;
}

async function createOnce<T>({ create, find, attempts = 3 }: CreateOnceOptions<T>): Promise<T> {
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
