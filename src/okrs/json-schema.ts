/**
 * The OKR file's JSON Schema, generated from the zod schema (`schema.ts`) so that an editor's completion and
 * validation (the YAML language server, `# yaml-language-server: $schema=…`) accept and refuse what the parser
 * does. Committed at `schema/okrs.schema.json` (`npm run schema`); printed by `okr-scorecard schema`.
 *
 * It describes the file as written (zod's input side): `45m`, `99.9%`, `2026-Q4`. What zod checks in code (a
 * duration's syntax, a period's name) carries a `pattern` in the schema where the check is declared.
 */
import * as z from 'zod';
import { okrFileSchema } from './schema.js';

/** Where editors fetch it: the file as of the major release tag that workflows use (`okr-scorecard@v1`). */
export const OKR_SCHEMA_URL =
  'https://raw.githubusercontent.com/okr-scorecard/okr-scorecard/v1/schema/okrs.schema.json';

export function okrFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(okrFileSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  return {
    $schema: generated.$schema,
    $id: OKR_SCHEMA_URL,
    title: 'OKR Scorecard OKR file (.github/okrs.yml)',
    ...generated,
  };
}
