/**
 * Where the stand-in lives: every URL inside a response points back at it, as GitHub's point at github.com,
 * so a client that follows one (a `Link`, a `url`) stays on the loopback.
 */
export interface Site {
  /** API base, e.g. `http://127.0.0.1:4321` or, GitHub Enterprise style, `http://127.0.0.1:4321/api/v3`. */
  api: string;
  /** Web base for `html_url`s. */
  web: string;
}

/** A stable positive 31-bit id for a name (user ids, node ids), so the same login always gets the same id. */
export function stableId(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1 || 1;
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

/** A plausible 40-hex sha derived from a seed text (commits, blobs). */
export function fakeSha(text: string): string {
  let out = '';
  for (let i = 0; out.length < 40; i++) out += stableId(`${i}:${text}`).toString(16).padStart(8, '0');
  return out.slice(0, 40);
}

/** GitHub's timestamp format: ISO-8601 UTC to the second, `2026-10-01T12:00:00Z`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
