// An esbuild plugin shared by the build (scripts/build.mjs) and the benchmark (scripts/bench.mjs):
// `import text from './file.yml?raw'` (Vite's syntax, which vitest understands) inlines a file as a string.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';

export const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, async (args) => ({
      // Relative to the project (esbuild names the path in a comment), so the bundle is the same in any clone.
      path: relative(process.cwd(), resolve(args.resolveDir, args.path.replace(/\?raw$/, ''))),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(resolve(process.cwd(), args.path), 'utf8'),
      loader: 'text',
    }));
  },
};
