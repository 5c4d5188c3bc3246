/**
 * The DORA level beside the value (SPEC §11) in every report a key result appears in: the job summary, the PR
 * comment (and so the tracking issue), the terminal, the JSON report and the company dashboard; and recovery
 * time's unrecovered streaks with it.
 */
import { describe, expect, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { renderJson } from '../../src/report/json.js';
import { renderDashboard } from '../../src/report/dashboard/render.js';
import { runRollup } from '../../src/rollup/run.js';
import { keyResult, objective, report } from '../support/report.js';
import { AS_OF, COMPANY_YML, NOW } from '../rollup/support.js';

const lead = keyResult({
  id: 'lead-time',
  title: 'Changes reach production within a day',
  metric: { type: 'lead-time-for-changes', environment: 'production' },
  value: 93_660,
  unit: 'seconds',
  samples: 7,
  baseline: 259_200,
  target: 43_200,
  dora: { level: 'high', value: 93_660 },
});
const recovery = keyResult({
  id: 'recovery',
  title: 'Failed deployments recovered within an hour',
  metric: { type: 'deployment-recovery-time', environment: 'production' },
  value: 10_800,
  samples: 1,
  baseline: 86_400,
  target: 1800,
  dora: { level: 'high', value: 10_800 },
  unrecovered: 1,
});
const scored = report({ objectives: [objective({ keyResults: [lead, recovery] })] });

describe('the DORA level beside the value', () => {
  it.each([
    ['summary', () => renderSummary(scored)],
    ['comment', () => renderComment(scored, { marker: '<!-- okr-scorecard -->' })],
    ['terminal', () => renderTerminal(scored, { color: false })],
  ])('%s', (_, render) => {
    const text = render();
    expect(text).toContain('1d 2h · DORA high');
    expect(text).toContain('3h · DORA high · 1 unrecovered');
  });

  it('JSON: dora and unrecovered after error, in a fixed order', () => {
    const json = renderJson(scored);
    expect(json).toContain(
      '"error": null,\n          "dora": {\n            "level": "high",\n            "value": 10800',
    );
    expect(json).toContain('"unrecovered": 1,');
  });

  it('the company dashboard', async () => {
    const team = report({
      objectives: [objective({ alignsTo: 'reliability', keyResults: [lead, recovery] })],
      asOf: AS_OF,
    });
    const result = await runRollup({
      companyFile: 'okrs/company.yml',
      companyText: COMPANY_YML,
      reportPaths: ['team.json'],
      readReport: async () => renderJson(team),
      asOf: new Date(AS_OF),
      now: NOW,
    });
    if (!result.ok) throw new Error('company file did not parse');
    const html = renderDashboard(result.view);
    expect(html).toContain('1d 2h · DORA high');
    expect(html).toContain('3h · DORA high · 1 unrecovered');
  });
});
