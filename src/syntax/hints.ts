/**
 * Helpers for error messages. Text from an OKR file is untrusted: it is always quoted with JSON escaping
 * (so it cannot break a line or a `file:line:column` prefix) and cut short.
 */

import { redactTokenShapes } from '../model/redact.js';

const MAX_QUOTED = 60;

/** `"text"` with control characters escaped, shortened with an ellipsis when long. */
export function quoteInput(raw: string): string {
  // Redacted before it is cut short: a clipped token no longer has a token's shape.
  const text = redactTokenShapes(raw);
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return JSON.stringify(short);
}

/** How a parsed YAML value reads in "got …" messages. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return input === '' ? 'an empty string' : `the text ${quoteInput(input)}`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return typeof input;
}

/**
 * The candidate closest to `word` if it is a plausible typo of it (edit distance ≤ 2, or ≤ 1 for short words), or
 * else the one candidate it abbreviates word by word (`deploy-frequency` → `deployment-frequency`).
 */
function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestBySpelling(word, candidates) ?? abbreviated(word, candidates);
}

/** The one candidate whose hyphen-separated words each start with `word`'s (of two letters or more), if one. */
function abbreviated(word: string, candidates: readonly string[]): string | undefined {
  const parts = word.toLowerCase().split('-');
  if (parts.some((part) => part.length < 2)) return undefined;
  const matches = candidates.filter((candidate) => {
    const words = candidate.toLowerCase().split('-');
    return words.length === parts.length && words.every((w, i) => w.startsWith(parts[i]!));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

function closestBySpelling(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` or the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  return match === undefined || match === word ? '' : ` (did you mean ${quoteInput(match)}?)`;
}

/** Levenshtein distance with adjacent transpositions (so "targte" is one step from "target"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
