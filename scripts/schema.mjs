// Writes schema/okrs.schema.json, the OKR file's JSON Schema generated from the zod schema
// (src/okrs/json-schema.ts). `node scripts/schema.mjs --check` exits 1 when the committed file is stale.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rawText } from './raw-text-plugin.mjs';

const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const target = new URL('../schema/okrs.schema.json', import.meta.url);

const bundle = await build({
  entryPoints: ['src/okrs/json-schema.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  plugins: [rawText],
  logLevel: 'warning',
});
const source = bundle.outputFiles[0].text;
const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
const text = `${JSON.stringify(module.okrFileJsonSchema(), null, 2)}\n`;

if (values.check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error('schema/okrs.schema.json is stale: run npm run schema');
    process.exit(1);
  }
} else {
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, text);
}
