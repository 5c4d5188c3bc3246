/** An evaluation time the period does not have yet, or the world does not (issue #21 item 3). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAt } from '../support/run-cli.js';
import { DEMO_AS_OF } from '../../demo/scenario.js';

const cwd = mkdtempSync(join(tmpdir(), 'okr-as-of-'));
const cli = (args: string[]) => runCliAt(args, { cwd, now: new Date(DEMO_AS_OF) });

describe('--as-of', () => {
  it('before the period starts: nothing scored, no status that claims success, and it says so', async () => {
    const { code, stdout, stderr } = await cli(['--demo', '--json', '--as-of', '2026-09-01']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const krs = report.objectives.flatMap((o: { keyResults: unknown[] }) => o.keyResults);
    expect(krs.length).toBeGreaterThan(0);
    for (const kr of krs) expect(kr).toMatchObject({ score: null, status: 'no-data' });
    expect(report).toMatchObject({ score: null, status: 'no-data' });
    expect(stderr).toContain(
      'warning: as-of 2026-09-01T00:00:00.000Z is before the period 2026-Q4 starts (2026-10-01T00:00:00.000Z): ' +
        'nothing is scored yet, so every key result is no-data',
    );
    const terminal = await cli(['--demo', '--as-of', '2026-09-01']);
    expect(terminal.stdout).not.toMatch(/achieved|on-track|100%/);
  });

  it('in the future: warned', async () => {
    const { stderr } = await cli(['--demo', '--json', '--as-of', '2026-12-20']);
    expect(stderr).toContain(
      'warning: as-of 2026-12-20T00:00:00.000Z is in the future (it is now 2026-11-28T12:00:00.000Z)',
    );
  });

  it('within the period and not in the future: no warning', async () => {
    const { stderr } = await cli(['--demo', '--json']);
    expect(stderr).not.toContain('as-of');
  });
});
