/** lint refuses what scoring refuses, wherever GitHub is not needed to know (issue #21 item 7). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAt } from '../support/run-cli.js';

const okrs = (metric: string) => `version: 1
period: 2026-Q4
objectives:
  - title: Fast pages
    key-results:
      - title: Latency under 120 ms
        metric: ${metric}
        target: 120
        direction: decrease
`;

const cases: [string, string, RegExp][] = [
  ['file without path', '{ type: value, file: perf.json }', /file: a value metric with file needs path/],
  [
    'file leaving the workspace',
    '{ type: value, file: ../../etc/passwd, path: a }',
    /file: expected a file path inside the repository/,
  ],
  [
    'file under .git',
    '{ type: value, file: .git/config, path: a }',
    /file: expected a file path inside the repository .*not under \.git/,
  ],
  ['file under .GIT', '{ type: value, file: .GIT/config, path: a }', /not under \.git/],
  ['absolute file', '{ type: value, file: /etc/passwd, path: a }', /expected a file path inside the repository/],
  [
    'a percentage as a Prometheus duration',
    "{ type: prometheus, query: 'up', unit: seconds }\n        baseline: 99%",
    /okrs\.yml:8:19: .*baseline: prometheus: expected a duration like 90s.*got the percentage 99%/,
  ],
  [
    'a percentage as a lead time',
    '{ type: lead-time-for-changes }\n        baseline: 50%',
    /okrs\.yml:8:19: .*baseline: lead-time-for-changes: expected a duration like 90s.*got the percentage 50%/,
  ],
];

describe('lint and scoring refuse the same files, with the same message', () => {
  it.each(cases)('%s', async (_, metric, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-lint-strict-'));
    writeFileSync(join(dir, 'okrs.yml'), okrs(metric));
    const now = new Date('2026-11-28T12:00:00Z');
    const linted = await runCliAt(['lint', 'okrs.yml'], { cwd: dir, now });
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(message);
    // Scoring stops at the same place, before any request (the API URL leads nowhere).
    const scored = await runCliAt(['--okrs', 'okrs.yml', '--repo', 'a/b', '--api-url', 'http://127.0.0.1:9'], {
      cwd: dir,
      now,
    });
    expect(scored.code).toBe(1);
    expect(scored.stderr).toMatch(message);
  });
});
