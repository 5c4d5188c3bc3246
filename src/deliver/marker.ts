/**
 * The hidden parts of a comment or tracking-issue body: the marker that says which OKR file it reports on, and
 * the versioned state of the run that wrote it (so the next run can show the change since then).
 *
 * Both are HTML comments, invisible on GitHub. Neither can be closed early by text we do not control: the OKR
 * path is reduced to a safe alphabet, the state is base64 (no `>` or `-`), and a body is only ever trusted
 * after its author has been checked (see comment.ts, issue.ts) and its state validated here.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { keyResultKey } from '../okrs/model.js';
import type { HistoryPoint, PreviousRun, Report } from '../report/model.js';
import { historyOf } from '../trend/value-history.js';
import { bodyBudget, COMMENT_MAX_CHARS, fitBody } from '../report/truncate.js';

/** GitHub's limit for a comment or issue body, in characters. */
export const BODY_LIMIT = COMMENT_MAX_CHARS;

const MARKER_PREFIX = 'okr-scorecard:';
const STATE_PREFIX = 'okr-scorecard-state:v';
const STATE_VERSION = 2;
/**
 * The state may take at most this much of a body; past it, the oldest history points go first, then the state
 * is dropped rather than squeezing the visible scorecard (the delta and the history are niceties).
 */
export const MAX_STATE_CHARS = 24_576;
/** Bounds the path inside the marker: a marker is an identifier, not a place to carry text (see sanitisePath). */
const MAX_PATH_CHARS = 200;

/**
 * Percent-encodes every byte outside `[A-Za-z0-9._/-]` (and the second `-` of a pair), so that no path (`-->`, `--!>`,
 * newlines, quotes,
 * backticks) can end the HTML comment or inject anything, and distinct paths keep distinct markers.
 */
function sanitisePath(okrsPath: string): string {
  const trimmed = okrsPath.trim().replace(/^(\.\/)+/, '');
  const bytes = new TextEncoder().encode(trimmed);
  let out = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    // `--` is not allowed inside an HTML comment by strict readers (the Markdown renderer checks it too).
    const safe = /[A-Za-z0-9._/-]/.test(char) && !(char === '-' && out.endsWith('-'));
    out += safe ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (out.length <= MAX_PATH_CHARS) return out;
  // Longer paths keep their first characters and gain a hash of the whole: two long paths sharing a beginning
  // keep distinct markers, and a marker this long (over the bound) is never a shorter path's.
  return `${out.slice(0, MAX_PATH_CHARS)}.${createHash('sha256').update(out).digest('hex').slice(0, 16)}`;
}

/** The hidden marker identifying the comment / issue for one OKR file: `<!-- okr-scorecard:<path> -->`. */
export function markerFor(okrsPath: string): string {
  return `<!-- ${MARKER_PREFIX}${sanitisePath(okrsPath)} -->`;
}

/** A long path's marker without its hash: what bodies written before markers had one carry. */
const HASHED_MARKER = new RegExp(`^(<!-- ${MARKER_PREFIX}.{${MAX_PATH_CHARS}})\\.[0-9a-f]{16}( -->)$`);

/**
 * Whether a comment or issue body is the one `marker` names. A long path's body from before its marker had a hash
 * is accepted too, and gets the new marker when it is next edited, so upgrading keeps the comment and the issue
 * (and their history) instead of posting new ones.
 */
export function carriesMarker(body: string, marker: string): boolean {
  if (body.includes(marker)) return true;
  const legacy = HASHED_MARKER.exec(marker);
  return legacy !== null && body.includes(`${legacy[1]}${legacy[2]}`);
}

const keyResultsSchema = <T extends z.ZodType>(entry: T) => z.record(z.string().max(500), entry);
const pointSchema = z.tuple([z.number().int().nonnegative(), z.number().finite()]);

const stateV1Schema = z.object({
  version: z.literal(1),
  asOf: z.iso.datetime({ offset: true }),
  score: z.number().finite().nullable(),
  keyResults: keyResultsSchema(
    z.object({ value: z.number().finite().nullable(), score: z.number().finite().nullable() }),
  ),
});

const stateV2Schema = z.object({
  version: z.literal(2),
  asOf: z.iso.datetime({ offset: true }),
  score: z.number().finite().nullable(),
  keyResults: keyResultsSchema(
    z.object({
      value: z.number().finite().nullable(),
      score: z.number().finite().nullable(),
      history: z.array(pointSchema).max(1000).optional(),
    }),
  ),
});

/**
 * Version 1 (before `value` key results had a history) reads as version 2 without history: its change column
 * keeps working, and a `value` key result's last value becomes the first point of its history.
 */
function migrateV1(state: z.infer<typeof stateV1Schema>): PreviousRun {
  const at = Math.floor(Date.parse(state.asOf) / 1000);
  const keyResults: PreviousRun['keyResults'] = {};
  for (const [key, entry] of Object.entries(state.keyResults)) {
    // v1 does not say which key results were `value` ones; the reader only looks history up for those.
    keyResults[key] = { ...entry, ...(entry.value === null ? {} : { history: [[at, entry.value] as HistoryPoint] }) };
  }
  return { version: 2, asOf: state.asOf, score: state.score, keyResults };
}

/**
 * The state a run leaves for the next one: overall score and, per key result, its value and score, and for
 * a `value` key result the points of its series (the earlier runs' and this one's).
 */
export function previousRunFromReport(report: Report): PreviousRun {
  const keyResults: PreviousRun['keyResults'] = {};
  for (const objective of report.objectives) {
    for (const kr of objective.keyResults) {
      const history = kr.metric.type === 'value' ? historyOf(kr.series) : [];
      keyResults[keyResultKey(objective.id, kr.id)] = {
        value: finiteOrNull(kr.value),
        score: finiteOrNull(kr.score),
        ...(history.length > 0 ? { history } : {}),
      };
    }
  }
  return { version: STATE_VERSION, asOf: report.asOf, score: finiteOrNull(report.score), keyResults };
}

function finiteOrNull(n: number | null): number | null {
  return n !== null && Number.isFinite(n) ? n : null;
}

/** `<!-- okr-scorecard-state:v1 <base64 json> -->` */
export function encodeState(state: PreviousRun): string {
  const json = JSON.stringify(state);
  return `<!-- ${STATE_PREFIX}${STATE_VERSION} ${Buffer.from(json, 'utf8').toString('base64')} -->`;
}

const STATE_PATTERN = /<!-- okr-scorecard-state:v(\d{1,4}) ([A-Za-z0-9+/=]{0,100000}) -->/g;

/**
 * The state hidden in a body, or undefined when there is none, it is garbage, or it has a version this code
 * does not know (an older action reading a newer comment just shows no delta). The last block wins: we always
 * append ours at the very end.
 */
export function extractPreviousRun(body: string | null | undefined): PreviousRun | undefined {
  if (!body) return undefined;
  const matches = [...body.matchAll(STATE_PATTERN)];
  const last = matches.at(-1);
  if (!last) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(last[2] ?? '', 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (Number(last[1]) === 1) {
    const v1 = stateV1Schema.safeParse(parsed);
    return v1.success ? migrateV1(v1.data) : undefined;
  }
  if (Number(last[1]) !== STATE_VERSION) return undefined;
  const result = stateV2Schema.safeParse(parsed);
  return result.success ? (result.data as PreviousRun) : undefined;
}

/** How many characters the visible part may take so that it and the hidden state fit in one body. */
export function renderBudget(state: PreviousRun | undefined, limit = BODY_LIMIT): number {
  return bodyBudget(hiddenState(state), limit);
}

/** The hidden block that ends a body, framed by newlines; empty when there is no state or it is oversized. */
function hiddenState(state: PreviousRun | undefined): string {
  const hidden = state ? encodeState(fitState(state)) : '';
  return hidden && hidden.length <= MAX_STATE_CHARS ? `\n${hidden}\n` : '';
}

/**
 * The state within MAX_STATE_CHARS once encoded: while it is over, every history drops its oldest quarter
 * (a long history thins from the past, never loses today's point). What still does not fit is dropped whole.
 */
export function fitState(state: PreviousRun): PreviousRun {
  let fitted = state;
  for (let round = 0; round < 20 && encodeState(fitted).length > MAX_STATE_CHARS; round++) {
    const keyResults: PreviousRun['keyResults'] = {};
    let trimmed = false;
    for (const [key, entry] of Object.entries(fitted.keyResults)) {
      const history = entry.history;
      if (history === undefined || history.length <= 1) {
        keyResults[key] = entry;
        continue;
      }
      trimmed = true;
      keyResults[key] = { ...entry, history: history.slice(Math.ceil(history.length / 4)) };
    }
    if (!trimmed) break;
    fitted = { ...fitted, keyResults };
  }
  return fitted;
}

/** The body to send: the rendered scorecard, marker first, then the hidden state; sized by report/truncate.ts. */
export function composeBody(
  rendered: string,
  marker: string,
  state: PreviousRun | undefined,
  limit = BODY_LIMIT,
): string {
  return fitBody(rendered, marker, hiddenState(state), limit);
}
