/**
 * The one place that sizes what we publish (SPEC §7): the job summary (bytes), and the comment and issue bodies
 * (characters, hidden state included). Cut rather than rejected, with a visible note. Cuts only between lines, so
 * never inside a table row, a multi-byte character or a surrogate pair; closes any `<details>` or code fence left
 * open, so the note is visible and the page layout intact. What the hidden state holds is deliver/marker.ts's
 * business; here it is only text of a known length that must fit after the visible part.
 */

/** GitHub rejects a comment or issue body longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** GitHub drops a job summary larger than this many bytes (UTF-8). */
export const SUMMARY_MAX_BYTES = 1_048_576;

interface SizeLimits {
  /** UTF-16 code units: never fewer than characters, so staying under it stays under GitHub's count. */
  maxChars?: number;
  maxBytes?: number;
}

export interface TruncateOptions extends SizeLimits {
  /** Which dropped lines count as items in the note (default: table rows), and what they are called. */
  countItem?: (line: string) => boolean;
  itemName?: string;
  /**
   * Instead of `countItem`: what kind of item a line is (`key results`, `changes to the OKRs`), or undefined; the
   * note counts each kind. `itemName` names the kind shown when nothing counted was dropped.
   */
  itemKind?: (line: string) => string | undefined;
}

const isTableDataRow = (line: string): boolean => line.startsWith('|') && !/^\|[\s:|-]+\|?\s*$/.test(line);

/** `> ✂️ … truncated: 3 key results, 12 changes to the OKRs not shown (see the JSON report)` */
function noteForCounts(counts: ReadonlyMap<string, number>, fallbackName: string): string {
  const shown = [...counts].filter(([, count]) => count > 0).map(([name, count]) => `${count} ${name}`);
  const what = shown.length > 0 ? shown.join(', ') : `0 ${fallbackName}`;
  return `> ✂️ … truncated: ${what} not shown (see the JSON report)`;
}

export function truncateMarkdown(text: string, options: TruncateOptions = {}): string {
  const limits = { maxChars: options.maxChars ?? Infinity, maxBytes: options.maxBytes ?? Infinity };
  const fits = (chars: number, bytes: number): boolean => chars <= limits.maxChars && bytes <= limits.maxBytes;
  if (fits(text.length, Buffer.byteLength(text, 'utf8'))) return text;

  const itemName = options.itemName ?? 'table rows';
  const countItem = options.countItem ?? isTableDataRow;
  const kindOf = options.itemKind ?? ((line: string) => (countItem(line) ? itemName : undefined));
  const lines = text.split('\n');
  const kinds = new Set(lines.map(kindOf).filter((kind) => kind !== undefined));
  // Reserve room for the widest note this text could need, so the real one always fits.
  const reserve = `\n\n${noteForCounts(new Map([...kinds, itemName].map((kind) => [kind, lines.length])), itemName)}\n`;
  const reserveChars = reserve.length;
  const reserveBytes = Buffer.byteLength(reserve, 'utf8');

  let keptChars = 0;
  let keptBytes = 0;
  let kept = 0;
  let state: OpenBlocks = { details: 0, fence: false };
  for (const [index, line] of lines.entries()) {
    const next = scan(state, line);
    const chars = keptChars + line.length + 1;
    const bytes = keptBytes + Buffer.byteLength(line, 'utf8') + 1;
    const closing = closingFor(next);
    if (!fits(chars + closing.length + reserveChars, bytes + Buffer.byteLength(closing, 'utf8') + reserveBytes)) break;
    keptChars = chars;
    keptBytes = bytes;
    kept = index + 1;
    state = next;
  }

  const omitted = new Map<string, number>();
  for (const line of lines.slice(kept)) {
    const kind = kindOf(line);
    if (kind !== undefined) omitted.set(kind, (omitted.get(kind) ?? 0) + 1);
  }
  const body = lines.slice(0, kept).join('\n');
  return `${body}${closingFor(state)}\n\n${noteForCounts(omitted, itemName)}\n`;
}

/** The characters the visible part of a comment or issue body may take, given the hidden text that follows it. */
export function bodyBudget(hidden: string, limit = COMMENT_MAX_CHARS): number {
  return limit - hidden.length;
}

/**
 * A comment or issue body: the rendered scorecard with the marker first (added if the renderer left it out), then
 * the hidden text, within `limit` characters. The renderer was given `bodyBudget` and truncated itself; should it
 * overrun, the visible part is cut here the same way, keeping the marker, rather than have GitHub reject it.
 */
export function fitBody(rendered: string, marker: string, hidden: string, limit = COMMENT_MAX_CHARS): string {
  const visible = rendered.includes(marker) ? rendered : `${marker}\n${rendered}`;
  const room = bodyBudget(hidden, limit);
  if (visible.length <= room) return visible + hidden;
  // Losing the marker would orphan this body and make the next run post a second one.
  const cut = truncateMarkdown(visible, { maxChars: room - marker.length - 1 });
  return (cut.includes(marker) ? cut : `${marker}\n${cut}`) + hidden;
}

interface OpenBlocks {
  details: number;
  fence: boolean;
}

/** Our renderers put `<details>` tags and fences on their own lines; escaped text can never start with `<`. */
function scan(state: OpenBlocks, line: string): OpenBlocks {
  if (/^\s*(```|~~~)/.test(line)) return { ...state, fence: !state.fence };
  if (state.fence) return state;
  const opened = (line.match(/<details[\s>]/g) ?? []).length;
  const closed = (line.match(/<\/details>/g) ?? []).length;
  return { ...state, details: Math.max(0, state.details + opened - closed) };
}

function closingFor(state: OpenBlocks): string {
  return (state.fence ? '\n```' : '') + '\n\n</details>'.repeat(state.details);
}
