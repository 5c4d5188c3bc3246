// Bundles the action (dist/index.js) and the command line tool (dist/cli.js and its chunks in dist/cli/) with
// esbuild. `node scripts/build.mjs --outdir DIR` builds elsewhere: the dist check compares that with the committed
// dist/.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rawText } from './raw-text-plugin.mjs';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
// `okr-scorecard --version` is package.json's version, fixed at build time: dist/cli.js (with dist/cli/) copied
// anywhere still knows it, and the bundle carries no other line of package.json.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // Non-ASCII text as UTF-8, not \uXXXX escapes: the same strings, in fewer bytes (Node reads sources as UTF-8).
  charset: 'utf8',
  // Some dependencies still call require(); ESM output needs one.
  banner: {
    js:
      "import { createRequire as __okrCreateRequire } from 'node:module'; " +
      'const require = __okrCreateRequire(import.meta.url);',
  },
  plugins: [rawText],
  logLevel: 'warning',
};

// The action is one file, as a runner runs it.
await build({ ...common, entryPoints: { index: 'src/main.ts' }, splitting: false });

// The command line tool is split where it imports dynamically (src/cli/run.ts, commands.ts): `--version` loads
// dist/cli.js alone, a score the engine's chunk, and only `--demo` the GitHub stand-in with GitHub's GraphQL schema.
// Chunks are named by their content, so last build's are removed first.
rmSync(join(values.outdir, 'cli'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  splitting: true,
  chunkNames: 'cli/[name]-[hash]',
  define: { __OKR_SCORECARD_VERSION__: JSON.stringify(version) },
});
