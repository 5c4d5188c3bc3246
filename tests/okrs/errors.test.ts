import { describe, expect, it } from 'vitest';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { errorsOf, FILE } from './errors-of.js';

const HEAD = ['version: 1', 'period: 2026-Q4', 'objectives:', '  - title: Reliable', '    key-results:'];
const KR = ['      - title: Deploy fast', '        metric: {type: workflow-duration, workflow: deploy.yml}'];

describe('parseOkrFile errors: YAML itself', () => {
  it('reports invalid YAML with its position and nothing else', () => {
    expect(errorsOf('version: 1', 'period: [2026', 'objectives: []')).toEqual([
      `${FILE}:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports an empty file and one holding only comments', () => {
    const empty = `${FILE}:1:1: the file is empty; expected a mapping with version, period and objectives`;
    expect(errorsOf('')).toEqual([empty]);
    expect(errorsOf('# OKRs to come', '')).toEqual([empty]);
  });

  it('reports a top level that is not a mapping', () => {
    expect(errorsOf('# list', '- version: 1')).toEqual([
      `${FILE}:2:1: expected a mapping with version, period and objectives at the top level`,
    ]);
  });

  it('reports a duplicate key where it repeats, naming the first', () => {
    expect(errorsOf(...HEAD, ...KR, '        target: 10m', '        target: 5m')).toEqual([
      `${FILE}:9:9: duplicate key "target" (first at line 8); each key may appear once in a mapping`,
    ]);
  });

  it('reports a second YAML document', () => {
    expect(errorsOf('version: 1', '---', 'version: 1')).toEqual([
      `${FILE}:2:1: invalid YAML: the file holds more than one document (a second ---); keep one`,
    ]);
  });
});

describe('parseOkrFile errors: the schema', () => {
  it('reports an unknown key at the key, suggesting a close one', () => {
    expect(errorsOf(...HEAD, ...KR, '        targte: 10m')).toEqual([
      `${FILE}:6:9: objectives[0].key-results[0].target: missing; every key result needs a target`,
      `${FILE}:8:9: objectives[0].key-results[0]: unknown key "targte" (did you mean "target"?)`,
    ]);
  });

  it('lists the keys a mapping takes when nothing is close', () => {
    expect(
      errorsOf(
        ...HEAD,
        '      - title: Deploy fast',
        '        metric: {type: deployment-frequency, labels: [x]}',
        '        target: 3',
      ),
    ).toEqual([
      `${FILE}:7:46: objectives[0].key-results[0].metric: unknown key "labels"; expected one of type, repository, ` +
        `window, environment, stat`,
    ]);
  });

  it('reports a missing target at the key result, missing top-level keys at the top', () => {
    expect(errorsOf(...HEAD, ...KR)).toEqual([
      `${FILE}:6:9: objectives[0].key-results[0].target: missing; every key result needs a target`,
    ]);
    expect(errorsOf('team: payments')).toEqual([
      `${FILE}:1:1: version: missing; add "version: 1" at the top`,
      `${FILE}:1:1: period: missing; add the period the OKRs cover, like "period: 2026-Q4"`,
      `${FILE}:1:1: objectives: missing; add a list of objectives`,
    ]);
  });

  it('reports a wrong type at the value', () => {
    expect(errorsOf(...HEAD, ...KR, '        target: 10m', '        weight: heavy')).toEqual([
      `${FILE}:9:17: objectives[0].key-results[0].weight: expected a positive number (default 1), got the text "heavy"`,
    ]);
    expect(errorsOf('version: 1', 'period: 2026', 'objectives: {title: x}')).toEqual([
      `${FILE}:3:13: objectives: expected a list of objectives, got a mapping`,
    ]);
  });

  it('reports an unknown metric type, suggesting the closest', () => {
    expect(
      errorsOf(
        ...HEAD,
        '      - title: KR',
        '        metric: {type: workflow-durations, workflow: ci.yml}',
        '        target: 1',
      ),
    ).toEqual([
      `${FILE}:7:24: objectives[0].key-results[0].metric.type: unknown metric type "workflow-durations" (did you ` +
        `mean "workflow-duration"?); expected one of workflow-duration, workflow-runs, workflow-success-rate, ` +
        `deployment-duration, deployment-frequency, change-failure-rate, issue-count, time-to-close, ` +
        `pr-merge-time, value, lead-time-for-changes, deployment-recovery-time, prometheus`,
    ]);
  });

  it('reports an unparseable duration with the forms it takes', () => {
    expect(errorsOf(...HEAD, ...KR, '        baseline: 45 minutes', '        target: 10m')).toEqual([
      `${FILE}:8:19: objectives[0].key-results[0].baseline: expected a number, a duration like 45m or 1h30m, or a ` +
        `percentage like 99.9%, got the text "45 minutes"`,
    ]);
    expect(
      errorsOf(...HEAD, '      - title: KR', '        metric: {type: pr-merge-time, window: 30}', '        target: 1d'),
    ).toEqual([
      `${FILE}:7:47: objectives[0].key-results[0].metric.window: expected a duration like 90s, 45m, 1h30m, 2d or 1w ` +
        `(a bare number is ambiguous), got 30`,
    ]);
  });

  it('reports a stat that does not fit the metric type', () => {
    expect(
      errorsOf(
        ...HEAD,
        '      - title: KR',
        '        metric: {type: time-to-close, stat: per-week}',
        '        target: 1d',
      ),
    ).toEqual([
      `${FILE}:7:45: objectives[0].key-results[0].metric.stat: stat "per-week" does not apply to time-to-close; ` +
        `expected one of p50, p75, p90, p95, p99, mean, min, max (count, per-day and per-week are for workflow-runs, ` +
        `deployment-frequency, issue-count)`,
    ]);
    expect(
      errorsOf(
        ...HEAD,
        '      - title: KR',
        '        metric: {type: change-failure-rate, stat: p90}',
        '        target: 5%',
      ),
    ).toEqual([
      `${FILE}:7:51: objectives[0].key-results[0].metric.stat: change-failure-rate yields a single ratio; remove stat`,
    ]);
  });

  it('reports value metrics without a source or a direction', () => {
    expect(
      errorsOf(...HEAD, '      - title: KR', '        metric: {type: value, unit: ms}', '        target: 100'),
    ).toEqual([
      `${FILE}:6:9: objectives[0].key-results[0]: a value metric has no natural direction; add direction: increase ` +
        `or decrease (or a baseline)`,
      `${FILE}:7:17: objectives[0].key-results[0].metric: a value metric needs name (a key of the metrics input) or ` +
        `file (a JSON file in the workspace)`,
    ]);
  });

  it('reports an unsupported version and a bad period inside its mapping', () => {
    expect(errorsOf('version: 2', 'period: {start: 2026-02-30, end: 2026-12-31, nme: x}', 'objectives: []')).toEqual([
      `${FILE}:1:10: version: unsupported version 2; this release reads version 1`,
      `${FILE}:2:17: period.start: "2026-02-30" is not a date in the calendar`,
      `${FILE}:2:46: period: unknown key "nme" (did you mean "name"?)`,
      `${FILE}:3:13: objectives: there are no objectives; add at least one`,
    ]);
    expect(errorsOf('version: 1', 'period: 2026-Q5', 'objectives: []')[0]).toBe(
      `${FILE}:2:9: period: expected a period like 2026-Q4, 2026-H1, 2026 or {start: 2026-10-01, end: 2026-12-31}, ` +
        `got the text "2026-Q5"`,
    );
  });

  it('reports a wrong item inside a list at the item', () => {
    expect(
      errorsOf(
        ...HEAD,
        '      - title: KR',
        '        metric: {type: workflow-runs, workflow: ci.yml, conclusion: [success, sucess]}',
        '        target: 5',
      ),
    ).toEqual([
      `${FILE}:7:79: objectives[0].key-results[0].metric.conclusion[1]: expected a run conclusion (success, failure, ` +
        `neutral, cancelled, skipped, timed_out, action_required, stale, startup_failure), got the text "sucess" ` +
        `(did you mean "success"?)`,
    ]);
  });
});

describe('parseOkrFile errors: ids', () => {
  it('reports a duplicate explicit objective id, naming the first', () => {
    expect(
      errorsOf(
        'version: 1',
        'period: 2026',
        'objectives:',
        '  - title: A',
        '    id: same',
        '    key-results: []',
        '  - title: B',
        '    id: same',
        '    key-results: []',
      ),
    ).toEqual([
      `${FILE}:8:5: objectives[1].id: duplicate objective id "same", first at line 5; give each one a unique id`,
    ]);
  });

  it('reports key results whose default ids collide anywhere in the file', () => {
    expect(
      errorsOf(
        'version: 1',
        'period: 2026',
        'objectives:',
        '  - title: A',
        '    key-results:',
        '      - {title: Fewer incidents, metric: {type: issue-count}, target: 1}',
        '  - title: B',
        '    key-results:',
        '      - {title: "Fewer incidents!", metric: {type: issue-count}, target: 2}',
      ),
    ).toEqual([
      `${FILE}:9:9: objectives[1].key-results[0]: duplicate key result id "fewer-incidents" (from its title), first ` +
        `at line 6; add an id to tell them apart`,
    ]);
  });

  it('rejects ids that are not slugs', () => {
    expect(
      errorsOf('version: 1', 'period: 2026', 'objectives:', '  - {title: A, id: Big Goal, key-results: []}'),
    ).toEqual([
      `${FILE}:4:20: objectives[0].id: expected an id of lowercase letters, digits and dashes like "deploy-time", ` +
        `got the text "Big Goal"`,
    ]);
  });
});

describe('parseOkrFile errors: all of them, in order, safely quoted', () => {
  it('returns every error sorted by line, not just the first', () => {
    const errors = errorsOf(
      'version: 1',
      'period: 2026-Q4',
      'tema: payments',
      'objectives:',
      '  - title: Reliable',
      '    key-results:',
      '      - title: KR',
      '        metric: {type: workflow-duration}',
      '        target: soon',
    );
    expect(errors).toEqual([
      `${FILE}:3:1: unknown key "tema" (did you mean "team"?)`,
      `${FILE}:8:17: objectives[0].key-results[0].metric.workflow: missing; this metric needs the workflow's file ` +
        `name (like deploy.yml) or id`,
      `${FILE}:9:17: objectives[0].key-results[0].target: expected a number, a duration like 45m or 1h30m, or a ` +
        `percentage like 99.9%, got the text "soon"`,
    ]);
  });

  it('never lets text from the file break the one-line message', () => {
    const errors = errorsOf('version: 1', 'period: 2026', 'objectives: []', '"evil\\n.github/okrs.yml:1:1: fake": 1');
    expect(errors).toContain(
      `${FILE}:4:1: unknown key "evil\\n.github/okrs.yml:1:1: fake"; expected one of version, period, team, owner, ` +
        `company, objectives`,
    );
    for (const error of errors) expect(error).not.toContain('\n');
  });
});

describe('parseOkrFile errors: rates are percentages', () => {
  const RATE_KR = [
    '      - title: Fewer failed deploys',
    '        metric: {type: change-failure-rate, environment: production}',
  ];

  it('refuses a bare number for a rate on its line, instead of reading 14 as 1,400%', () => {
    expect(errorsOf(...HEAD, ...RATE_KR, '        baseline: 14', '        target: 5%')).toEqual([
      `${FILE}:8:19: objectives[0].key-results[0].baseline: change-failure-rate: expected a percentage like 14%, got ` +
        `the number 14`,
    ]);
  });

  it('refuses a percentage above 100% and says what a share of 0.95 is written as', () => {
    const lines = ['      - title: Green builds', '        metric: {type: workflow-success-rate, workflow: ci.yml}'];
    expect(errorsOf(...HEAD, ...lines, '        baseline: 0.95', '        target: 140%')).toEqual([
      `${FILE}:8:19: objectives[0].key-results[0].baseline: workflow-success-rate: expected a percentage like 14%, ` +
        `got the number 0.95 (write 95% for a share of 0.95)`,
      `${FILE}:9:17: objectives[0].key-results[0].target: workflow-success-rate: expected a percentage between 0% ` +
        `and 100%, got 140%`,
    ]);
  });

  it('reports a value of no known form once, as any other value', () => {
    expect(errorsOf(...HEAD, ...RATE_KR, '        target: soon')).toEqual([
      `${FILE}:8:17: objectives[0].key-results[0].target: expected a number, a duration like 45m or 1h30m, or a ` +
        `percentage like 99.9%, got the text "soon"`,
    ]);
  });

  it('keeps percentages in [0%, 100%] valid', () => {
    const text = [...HEAD, ...RATE_KR, '        baseline: 14%', '        target: 0%'].join('\n');
    const parsed = parseOkrFile(text, FILE);
    expect(parsed.ok && parsed.okrs.objectives[0]!.keyResults[0]).toMatchObject({ baseline: 0.14, target: 0 });
  });
});

describe('parseOkrFile errors: weights', () => {
  it.each([
    ['0', 'expected a weight greater than 0'],
    ['-1', 'expected a weight greater than 0'],
    ['.inf', 'expected a positive number (default 1), got Infinity'],
    ['1e400', 'expected a positive number (default 1), got Infinity'],
    ['.nan', 'expected a positive number (default 1), got NaN'],
    ['heavy', 'expected a positive number (default 1), got the text "heavy"'],
  ])('refuses weight %s on its line', (weight, message) => {
    expect(errorsOf(...HEAD, ...KR, '        target: 10m', `        weight: ${weight}`)).toEqual([
      `${FILE}:9:17: objectives[0].key-results[0].weight: ${message}`,
    ]);
  });
});
