/**
 * The one place where untrusted text (from the OKR file or from GitHub) becomes Markdown or terminal text.
 * Every renderer passes titles, ids, messages, units and names through here; nothing else may interpolate them.
 */
import { redactTokenShapes } from './redact.js';

// C0 and C1 controls (tab/newline handled separately), DEL, and the bidirectional overrides and isolates that
// can make text display in a different order than it is stored ("Trojan Source" spoofing).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// ANSI escape sequences (CSI and OSC), removed whole so no `[31m` residue is left behind.
const ANSI_SEQUENCES = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?)/g;
// A lone surrogate is not valid UTF-8: it would become U+FFFD on write anyway, so do it here where sizes are counted.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /[\t\r\n\u2028\u2029\u0085]+/g;

/**
 * Plain text safe for one line: no control characters, no line breaks, no lone surrogates, and no token shape
 * (every renderer clips after this: a clipped token, `ghp_ABCDEFGHI…`, is too short for the sinks' redaction).
 */
export function toPlainLine(text: string): string {
  return redactTokenShapes(String(text))
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(ANSI_SEQUENCES, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL_CHARS, '');
}

// Markdown punctuation that can start emphasis, links, images, code, headings, strikethrough, math or tables.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!~|$]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// GitHub links `@user`, `@org/team` (notifying them) and `#123` (cross-referencing the issue). A zero-width space
// after the sigil breaks the link while the text still reads the same.
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Text for a Markdown table cell or inline position: renders as the literal text, produces no HTML (so no
 * `<details>` closing, no `<!-- okr-scorecard` marker spoofing), no link, image, emphasis or math, no table
 * breakage, and notifies nobody.
 */
export function escapeInline(text: string, options: { maxLength?: number } = {}): string {
  let plain = toPlainLine(text).trim();
  if (options.maxLength !== undefined && [...plain].length > options.maxLength) {
    plain = `${[...plain]
      .slice(0, Math.max(0, options.maxLength - 1))
      .join('')
      .trimEnd()}…`;
  }
  return (
    plain
      .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
      .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      // `GH-123` is GitHub's other issue reference; a bare URL (to an issue, or anywhere) would become a link.
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
  );
}

/** Text for a terminal: control characters and ANSI sequences removed, so a title cannot move the cursor or recolor. */
export function escapeTerminal(text: string): string {
  return toPlainLine(text);
}

/** An http(s) URL safe to put inside `[text](url)`; anything else is refused (null). */
export function safeLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(
    /[()<>\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

// `_` stays: it is harmless in a quoted label, and turning it into a space would hide a token's shape (`ghs_…`)
// from the redaction that runs on the finished body (SPEC §7).
const MERMAID_UNSAFE = /[^\p{L}\p{N} .,:;()/%+\-–·'!?_]/gu;

/**
 * Text for a quoted Mermaid label (a chart's title, an axis): Mermaid has no escape for `"` inside one, and a
 * backtick run could end the fenced block, so everything outside a plain alphabet of letters, digits and
 * punctuation becomes a space. No `@`, `#`, `<` or `&` survives, so nothing links, notifies or renders as HTML.
 */
export function escapeMermaidLabel(text: string, options: { maxLength?: number } = {}): string {
  const plain = toPlainLine(text).replace(MERMAID_UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const max = options.maxLength ?? 80;
  const chars = [...plain];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : plain;
}
