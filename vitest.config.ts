import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // GitHub's action.yml parser (inlined below) publishes source maps that name sources it does not ship, and
      // Vite warns once per file. Load it without them: its own line numbers are all a failure would need.
      name: 'workflow-parser-without-source-maps',
      load(id) {
        if (!/[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/.test(id)) return null;
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', './tests/support/tally-reporter.ts'],
    // GitHub's action.yml parser imports its schema JSON without an import attribute, which Node refuses:
    // let Vite transform it instead of Node loading it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
