import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary } from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatScoreOutput, reportFileName, setOutputs, writeJsonReport } from '../../src/deliver/outputs.js';
import { writeSummary } from '../../src/deliver/summary.js';
import { renderJson } from '../../src/report/json.js';
import { report, sampleReport } from '../support/report.js';
import { createRedactor } from '../../src/report/redact.js';

const redact = createRedactor(['ghs_deliverTestToken0123456789']);

const temp = (): string => mkdtempSync(join(tmpdir(), 'okr-report-'));

// core.summary reads GITHUB_STEP_SUMMARY: these tests point it at their own files, then put it back.
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
afterEach(() => {
  if (summaryFile === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = summaryFile;
});

describe('writeSummary through core.summary', () => {
  // One test, in order: core.summary remembers the file once it has found one.
  it('warns when there is no summary file, then appends once it exists', async () => {
    const warnings: string[] = [];
    const log = { warning: (message: string) => warnings.push(message) };

    delete process.env.GITHUB_STEP_SUMMARY;
    expect(await writeSummary('# first\n', summary, log, redact)).toBe(false);
    process.env.GITHUB_STEP_SUMMARY = join(temp(), 'missing.md');
    expect(await writeSummary('# second\n', summary, log, redact)).toBe(false);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/job summary was not written .*missing\.md/);

    const file = join(temp(), 'step-summary.md');
    writeFileSync(file, 'earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    expect(await writeSummary('# scorecard\n', summary, log, redact)).toBe(true);
    // Appended after the earlier step's text; nothing left over from the failed attempts.
    expect(readFileSync(file, 'utf8')).toBe('earlier step\n# scorecard\n\n');
    expect(warnings).toHaveLength(2);
  });
});

describe('outputs', () => {
  it('sets score (two decimals, floored), status and report path', () => {
    const outputs: Record<string, string> = {};
    setOutputs(report({ score: 0.6149, status: 'at-risk' }), '/tmp/r.json', (name, value) => {
      outputs[name] = value;
    });
    expect(outputs).toEqual({ score: '0.61', status: 'at-risk', report: '/tmp/r.json' });
  });

  it.each([
    [1, '1.00'],
    [0.999, '0.99'],
    [0.29, '0.29'],
    [0, '0.00'],
    [null, ''],
  ])('score %s → %j', (score, expected) => {
    expect(formatScoreOutput(score)).toBe(expected);
  });

  it('writes the JSON report under RUNNER_TEMP, creating the folder, named after the OKR file', async () => {
    const runnerTemp = join(temp(), 'not-yet');
    const path = await writeJsonReport(sampleReport(), runnerTemp, redact);
    expect(path).toMatch(/[/\\]okr-scorecard[/\\]report-github-okrs-yml-[0-9a-f]{8}\.json$/);
    expect(path.startsWith(runnerTemp)).toBe(true);
    // The slug is lossy; the hash of the exact path keeps look-alike paths apart.
    expect(new Set(['okrs/a.yml', 'okrs-a.yml', 'okrs_a.yml'].map(reportFileName)).size).toBe(3);
    expect(readFileSync(path, 'utf8')).toBe(renderJson(sampleReport()));
    const other = await writeJsonReport(report({ file: 'teams/web/okrs.yml' }), runnerTemp, redact);
    expect(other).not.toBe(path);
  });
});
