/**
 * JSON.parse of a page of workflow runs without the parts the scorecard never reads. GitHub's run objects carry two
 * full repository objects, the head commit and two actors: three quarters of a 1.1 MB page. Parsing them only to
 * drop them is most of the run's garbage, and on Node 24 V8 lets that garbage grow the heap by a hundred MB, so
 * their values are cut from the text (replaced by `null`) before it is parsed. Strings are skipped whole, escapes
 * included, so a brace or quote inside a description cannot confuse the cut.
 */

export interface LeanListing {
  /** The request path (without query) of listings this applies to. */
  path: RegExp;
  /** Object depth of the records' members: 3 for `{"workflow_runs": [{...}]}`. */
  depth: number;
  drop: ReadonlySet<string>;
}

const LEAN_LISTINGS: LeanListing[] = [
  {
    path: /\/actions\/(?:workflows\/[^/]+\/)?runs$/,
    depth: 3,
    // Everything but the fields the run table keeps (run-table.ts).
    drop: new Set([
      'repository',
      'head_repository',
      'head_commit',
      'actor',
      'triggering_actor',
      'referenced_workflows',
      'pull_requests',
      'url',
      'html_url',
      'jobs_url',
      'logs_url',
      'check_suite_url',
      'artifacts_url',
      'cancel_url',
      'rerun_url',
      'previous_attempt_url',
      'workflow_url',
      'display_title',
      'name',
      'node_id',
      'check_suite_node_id',
      'head_sha',
      'path',
    ]),
  },
];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** The members to drop for a request to `url`, if it is a listing this applies to. */
export function leanListingFor(url: string): LeanListing | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return LEAN_LISTINGS.find((listing) => listing.path.test(path));
}

export function parseLean(text: string, listing: Pick<LeanListing, 'depth' | 'drop'>): unknown {
  const parts: string[] = [];
  let copyFrom = 0;
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === listing.depth) {
        let j = skipSpace(text, end);
        if (text.charCodeAt(j) === COLON && listing.drop.has(JSON.parse(text.slice(i, end)) as string)) {
          j = skipSpace(text, j + 1);
          parts.push(text.slice(copyFrom, j), 'null');
          i = copyFrom = valueEnd(text, j);
          continue;
        }
      }
      i = end;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth -= 1;
    i += 1;
  }
  parts.push(text.slice(copyFrom));
  return JSON.parse(parts.join(''));
}

/** Index just past the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return j + 1;
  }
}

function skipSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && text.charCodeAt(j) <= 0x20) j += 1;
  return j;
}

/** Index just past the JSON value that starts at `start`. */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let j = start;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c <= 0x20) break;
      j += 1;
    }
    return j;
  }
  let depth = 0;
  let j = start;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = stringEnd(text, j);
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
    j += 1;
  }
  return j;
}
