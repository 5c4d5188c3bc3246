/** The committed bundle is what runners execute: it must be exactly what the sources build to. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-dist.js';

describe('dist/', () => {
  it('equals a fresh build of src/ (run `npm run build` and commit dist/ if this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'okr-dist-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', out], { cwd: ROOT });
    const built = readdirSync(out).sort();
    expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(built);
    for (const file of built) {
      const fresh = readFileSync(join(out, file), 'utf8');
      expect(readFileSync(join(ROOT, 'dist', file), 'utf8') === fresh, `dist/${file} differs from a fresh build`).toBe(
        true,
      );
    }
  });
});
