// `npm run bench`: bundles the benchmark (scripts/bench/*.ts) with esbuild into a temporary folder, since
// Node 20 cannot run TypeScript, and runs it. Arguments are passed on: `npm run bench -- --quick` for 1× only;
// `npm run bench -- --rollup` for the company roll-up of 200 teams' reports.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawText } from './raw-text-plugin.mjs';

const outdir = await mkdtemp(join(tmpdir(), 'okr-bench-'));
try {
  await build({
    // The orchestrator forks variant.mjs from the same folder for every measured variant.
    entryPoints: {
      main: 'scripts/bench/main.ts',
      variant: 'scripts/bench/variant.ts',
      rollup: 'scripts/bench/rollup.ts',
      cache: 'scripts/bench/cache.ts',
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Some dependencies still call require(); ESM output needs one.
    banner: {
      js:
        "import { createRequire as __okrCreateRequire } from 'node:module'; " +
        'const require = __okrCreateRequire(import.meta.url);',
    },
    plugins: [rawText],
    logLevel: 'warning',
  });
  const code = await new Promise((resolve) => {
    // `--rollup`: the company roll-up of 200 teams' reports instead (scripts/bench/rollup.ts).
    const rollup = process.argv.includes('--rollup');
    // `--cache`: what the listings' cache saves (scripts/bench/cache.ts).
    const cache = process.argv.includes('--cache');
    const entry = join(outdir, rollup ? 'rollup.mjs' : cache ? 'cache.mjs' : 'main.mjs');
    const args = process.argv.slice(2).filter((arg) => arg !== '--rollup');
    const child = spawn(process.execPath, [entry, ...args], { stdio: 'inherit' });
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  process.exitCode = code;
} finally {
  await rm(outdir, { recursive: true, force: true });
}
