/** The README's OKR examples are what users copy: they must parse, and the coach must have nothing to say. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/coach/lint.js';
import { ROOT } from './support/run-dist.js';
import { DEMO_AS_OF, demoOkrsText } from '../demo/scenario.js';
import { runCliAt } from './support/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((text) => /^version: 1$/m.test(text));

describe('OKR examples in the README', () => {
  it('there is at least one', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((text, i) => [i, text]))('example %i parses with no findings', (_i, text) => {
    const result = lint({ text: String(text), file: 'README.md', strict: true });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('the demo OKR file, which the Quick start runs, has no findings either', () => {
    const result = lint({ text: demoOkrsText, file: 'demo/okrs.yml', strict: true });
    expect(result).toMatchObject({ errors: [], findings: [], exitCode: 0 });
  });
});

describe("the Quick start's demo output", () => {
  it('is what `--demo` prints (every line shown, the "…" standing for the rest)', async () => {
    const block = /```\n(OKR scorecard · [\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const { stdout } = await runCliAt(['--demo'], { cwd: ROOT, now: new Date(DEMO_AS_OF) });
    const printed = stdout.split('\n').map((line) => line.trimEnd());
    for (const line of block!.split('\n').map((l) => l.trimEnd())) {
      if (line === '' || line === '…') continue;
      expect(printed).toContain(line);
    }
  });
});
