// Bundles the action (dist/index.js) and the command line tool (dist/cli.js) with esbuild.
// `node scripts/build.mjs --outdir DIR` builds elsewhere: the dist check compares that with the committed dist/.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

// `import text from './file.yml?raw'` (Vite's syntax, which vitest understands) inlines a file as a string.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, async (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

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
