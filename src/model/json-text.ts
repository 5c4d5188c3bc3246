/**
 * JSON text as people make it: a UTF-8 byte-order mark (PowerShell's `Out-File`, Notepad) is not an error, and a
 * syntax error says where it is (line and column) and what was expected, never quoting the text itself (it may
 * reach a summary or an issue, and may hold a secret).
 */

const BOM = 0xfeff;

/** The text without a leading byte-order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/** `JSON.parse` of `text` (a byte-order mark skipped), or where and why it is not JSON. */
export function parseJsonText(raw: string): JsonText {
  const text = withoutBom(raw);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: syntaxMessage(text, error instanceof Error ? error.message : String(error)) };
  }
}

/** `not valid JSON at line 1, column 2: expected property name or '}'`, from V8's message (Node 20 to 24). */
function syntaxMessage(text: string, parserMessage: string): string {
  if (/unexpected end of json input/i.test(parserMessage) || text.trim() === '') {
    return 'not valid JSON: it ends before the value does (a missing "}", "]" or quote?)';
  }
  const at = /position (\d+)/.exec(parserMessage)?.[1];
  const where = at === undefined ? '' : ` at ${lineAndColumn(text, Number(at))}`;
  // V8's reason, without its quote of the text: "Unexpected token 'x', "…" is not valid JSON".
  const reason = parserMessage
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/,\s*".*$/s, '')
    .replace(/^Unexpected token/, 'unexpected')
    .replace(/^Expected/, 'expected')
    .replace(/^Unexpected/, 'unexpected')
    .trim();
  return `not valid JSON${where}${reason === '' ? '' : `: ${reason}`}`;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
