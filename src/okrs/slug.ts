/** Default ids: the slug of a title (SPEC §2: "id: optional; default: slug of the title"). */

import { redactTokenShapes } from '../model/redact.js';

const MAX_SLUG = 64;

/**
 * `"Cut incidents by 50%!"` → `"cut-incidents-by-50"`; `fallback` when nothing ascii is left (e.g. a title in emoji).
 */
export function slug(title: string, fallback = 'untitled'): string {
  // A token pasted into a title is redacted there; its slug must not carry it on, lowercased, into the id.
  const ascii = redactTokenShapes(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop accents so "Qualité" → "qualite"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = ascii.length > MAX_SLUG ? ascii.slice(0, MAX_SLUG).replace(/-+$/, '') : ascii;
  return short === '' ? fallback : short;
}

/** What an explicit `id` (or `aligns-to`) must look like: a slug, so it is stable in URLs, markers and reports. */
export const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
