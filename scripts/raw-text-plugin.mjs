// An esbuild plugin shared by the build (scripts/build.mjs) and the benchmark (scripts/bench.mjs):
// `import text from './file.yml?raw'` (Vite's syntax, which vitest understands) inlines a file as a string.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const rawText = {
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
