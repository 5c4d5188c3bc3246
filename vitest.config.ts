import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Four projects, each runnable on its own (`npx vitest run --project unit`, or `npm run test:unit`):
 * - unit: the source in-process, the action and the command line tool included (their stand-in is real HTTP on
 *   loopback). Files share a worker's module cache (`isolate: false`): modules load, and GitHub's GraphQL schema
 *   is built, once per worker instead of once per file. A test that changes the process's state puts it back.
 * - bundle: dist/ as runners and users run it, in child processes (`npm run build` first).
 * - repository: the files around the code agree with it (README, action.yml, workflows, CHANGELOG, dist/).
 * - browser: the roll-up dashboard in Debian's chromium.
 */
const BUNDLE = ['tests/bundle/**/*.test.ts'];
const REPOSITORY = [
  'tests/dist.test.ts',
  'tests/readme.test.ts',
  'tests/action/action-yml.test.ts',
  'tests/action/readme-tables.test.ts',
  'tests/action/release.test.ts',
  'tests/action/workflows.test.ts',
];
const BROWSER = ['tests/rollup/browser.test.ts'];

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
    // Ends a hang. Files run four at once on two cores, so the heaviest tests (10 s alone) get a wide margin.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    reporters: ['default', './tests/support/tally-reporter.ts'],
    // Most of a test's time is the stand-in's answers and the client's spacing of requests, not CPU: more files
    // at once than cores (vitest's default on 2 cores is one at a time).
    maxWorkers: 4,
    // GitHub's action.yml parser imports its schema JSON without an import attribute, which Node refuses:
    // let Vite transform it instead of Node loading it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'demo/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Just under what the suite measured (2026-12-06: 94.9% statements, 86.1% branches, 96.9% functions, 96.8%
      // lines): code that comes without its tests fails `npm test`. Raise them as coverage grows.
      thresholds: { statements: 94.5, branches: 85.5, functions: 96, lines: 96.5 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...BUNDLE, ...REPOSITORY, ...BROWSER],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'bundle', include: BUNDLE } },
      { extends: true, test: { name: 'repository', include: REPOSITORY } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
    ],
  },
});
