// Bundles the action (dist/index.js) and the command line tool (dist/cli.js) with esbuild.
// `node scripts/build.mjs --outdir DIR` builds elsewhere: the dist check compares that with the committed dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rawText } from './raw-text-plugin.mjs';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
// `okr-scorecard --version` is package.json's version, fixed at build time: dist/cli.js copied anywhere still knows
// it, and the bundle carries no other line of package.json.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

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
  banner: {
    js:
      "import { createRequire as __okrCreateRequire } from 'node:module'; " +
      'const require = __okrCreateRequire(import.meta.url);',
  },
  define: { __OKR_SCORECARD_VERSION__: JSON.stringify(version) },
  plugins: [rawText],
  logLevel: 'warning',
});
