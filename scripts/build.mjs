// Bundles the action (dist/index.js) and the command line tool (dist/cli.js) with esbuild.
// `node scripts/build.mjs --outdir DIR` builds elsewhere: the dist check compares that with the committed dist/.
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { rawText } from './raw-text-plugin.mjs';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

await build({
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts' },
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  legalComments: 'none',
  // Some dependencies still call require(); ESM output needs one.
  banner: { js: "import { createRequire as __okrCreateRequire } from 'node:module'; const require = __okrCreateRequire(import.meta.url);" },
  plugins: [rawText],
  logLevel: 'warning',
});
