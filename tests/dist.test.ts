/** The committed bundle is what runners execute: it must be exactly what the sources build to. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/root.js';

/** Every file under `dir` (the command line tool's chunks are in dist/cli/), relative to it. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

describe('dist/', () => {
  it('equals a fresh build of src/ (run `npm run build` and commit dist/ if this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'okr-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', out], { cwd: ROOT });
    const built = filesUnder(out);
    expect(filesUnder(join(ROOT, 'dist'))).toEqual(built);
    for (const file of built) {
      const fresh = readFileSync(join(out, file), 'utf8');
      expect(readFileSync(join(ROOT, 'dist', file), 'utf8') === fresh, `dist/${file} differs from a fresh build`).toBe(
        true,
      );
    }
  });
});
