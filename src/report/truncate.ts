/**
 * Keeps rendered Markdown within GitHub's limits (SPEC §7): cut rather than rejected, with a visible note.
 * Cuts only between lines, so never inside a table row, a multi-byte character or a surrogate pair; closes
 * any `<details>` or code fence left open, so the note is visible and the page layout intact.
 */

/** GitHub rejects a comment or issue body longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** GitHub drops a job summary larger than this many bytes (UTF-8). */
export const SUMMARY_MAX_BYTES = 1_048_576;

export interface SizeLimits {
  /** UTF-16 code units: never fewer than characters, so staying under it stays under GitHub's count. */
  maxChars?: number;
  maxBytes?: number;
}

export interface TruncateOptions extends SizeLimits {
  /** Which dropped lines count as items in the note (default: table rows), and what they are called. */
  countItem?: (line: string) => boolean;
  itemName?: string;
}

const isTableDataRow = (line: string): boolean => line.startsWith('|') && !/^\|[\s:|-]+\|?\s*$/.test(line);

export function noteFor(count: number, itemName: string): string {
  return `> ✂️ … truncated: ${count} ${itemName} not shown (see the JSON report)`;
}

export function truncateMarkdown(text: string, options: TruncateOptions = {}): string {
  const limits = { maxChars: options.maxChars ?? Infinity, maxBytes: options.maxBytes ?? Infinity };
  const fits = (chars: number, bytes: number): boolean => chars <= limits.maxChars && bytes <= limits.maxBytes;
  if (fits(text.length, Buffer.byteLength(text, 'utf8'))) return text;

  const countItem = options.countItem ?? isTableDataRow;
  const itemName = options.itemName ?? 'table rows';
  const lines = text.split('\n');
  // Reserve room for the widest note this text could need, so the real one always fits.
  const reserve = `\n\n${noteFor(lines.length, itemName)}\n`;
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

  const omitted = lines.slice(kept).filter(countItem).length;
  const body = lines.slice(0, kept).join('\n');
  return `${body}${closingFor(state)}\n\n${noteFor(omitted, itemName)}\n`;
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
