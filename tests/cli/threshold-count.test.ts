/**
 * A count with no baseline is a threshold (SPEC §9), scored on the count so far; going down, a met threshold is
 * on-track, not achieved, until the period ends. A second test of that rule (issue #21 item 12), through the whole
 * engine: the sample history's incident issues, scored by `--demo` against thresholds either side of their count.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAt } from '../support/run-cli.js';
import { DEMO_AS_OF } from '../../demo/scenario.js';

const okrs = (targets: number[]) => `version: 1
period: 2026-Q4
objectives:
  - title: Fewer incidents
    key-results:
${targets
  .map(
    (target) => `      - title: At most ${target} incidents this quarter
        id: at-most-${target}
        metric: { type: issue-count, labels: [incident] }
        target: ${target}
`,
  )
  .join('')}`;

async function scored(asOf: string) {
  const dir = mkdtempSync(join(tmpdir(), 'okr-threshold-'));
  writeFileSync(join(dir, 'okrs.yml'), okrs([20, 2]));
  const { stdout } = await runCliAt(['--demo', '--okrs', 'okrs.yml', '--json', '--as-of', asOf], {
    cwd: dir,
    now: new Date('2027-02-01T00:00:00Z'),
  });
  const krs = JSON.parse(stdout).objectives[0].keyResults as { id: string; value: number; status: string }[];
  return Object.fromEntries(krs.map((kr) => [kr.id, kr]));
}

describe('a count threshold, going down', () => {
  it('mid-period: met is on-track (one more incident could break it), broken is off-track', async () => {
    const krs = await scored(DEMO_AS_OF);
    expect(krs['at-most-20']!.value).toBeGreaterThan(2);
    expect(krs['at-most-20']!.value).toBeLessThanOrEqual(20);
    expect(krs['at-most-20']!.status).toBe('on-track');
    expect(krs['at-most-2']!.status).toBe('off-track');
  });

  it('once the period has ended: met is achieved', async () => {
    const krs = await scored('2027-01-15T00:00:00Z');
    expect(krs['at-most-20']!.value).toBeLessThanOrEqual(20);
    expect(krs['at-most-20']!.status).toBe('achieved');
  });
});
