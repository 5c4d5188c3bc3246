import { describe, expect, it } from 'vitest';
import type { ValueMetric } from '../../src/metric-types/index.js';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { OCTOBER } from './builders.js';

const byName = (name: string, unit?: string): ValueMetric => ({ type: 'value', name, unit });
const byFile = (file: string, path?: string): ValueMetric => ({ type: 'value', file, path });

/** A stand-in workspace: the real reader refuses paths outside it, so this one does too. */
function workspace(files: Record<string, string>): (path: string) => string {
  return (path) => {
    if (path.startsWith('/') || path.split('/').includes('..'))
      throw new Error(`file "${path}" is outside the workspace`);
    const text = files[path];
    if (text === undefined) throw new Error(`file "${path}" not found in the workspace`);
    return text;
  };
}

describe('value from the metrics input', () => {
  const metrics = {
    'p99-latency-ms': 87.5,
    text: '42',
    percent: '99.9%',
    exp: '1e2%',
    spaced: ' 7 ',
    bool: true,
    nil: null,
    hex: '0x10',
    empty: '',
  };

  it('takes numbers, numeric strings and percentages', () => {
    expect(measureKeyResult(byName('p99-latency-ms', 'ms'), { window: OCTOBER, metrics })).toEqual({
      value: 87.5,
      samples: 1,
      unit: 'ms',
    });
    expect(measureKeyResult(byName('text'), { window: OCTOBER, metrics })).toEqual({
      value: 42,
      samples: 1,
      unit: 'value',
    });
    expect(measureKeyResult(byName('percent'), { window: OCTOBER, metrics }).value).toBe(0.999);
    expect(measureKeyResult(byName('exp'), { window: OCTOBER, metrics }).value).toBe(1);
    expect(measureKeyResult(byName('spaced'), { window: OCTOBER, metrics }).value).toBe(7);
  });

  it('refuses anything else, saying what to supply', () => {
    for (const name of ['bool', 'nil', 'hex', 'empty']) {
      const m = measureKeyResult(byName(name), { window: OCTOBER, metrics });
      expect(m.value).toBeNull();
      expect(m.error).toMatch(/not a number: supply a number/);
    }
  });

  it('says when the name or the whole input is missing', () => {
    expect(measureKeyResult(byName('absent'), { window: OCTOBER, metrics }).error).toMatch(/has no "absent": add it/);
    expect(measureKeyResult(byName('constructor'), { window: OCTOBER, metrics }).error).toMatch(/has no "constructor"/);
    expect(measureKeyResult(byName('x'), { window: OCTOBER }).error).toMatch(/no `metrics` input was given/);
  });

  it('needs name or file', () => {
    expect(measureKeyResult({ type: 'value' }, { window: OCTOBER }).error).toMatch(
      /needs `name`.*or `file` with `path`/,
    );
  });
});

describe('value from a workspace file', () => {
  const readWorkspaceFile = workspace({
    'perf/results.json': JSON.stringify({ latency: { p99: 93, samples: [1, 2, 3] }, label: 'fast' }),
    'broken.json': '{ nope',
  });
  const measure = (m: ValueMetric) => measureKeyResult(m, { window: OCTOBER, readWorkspaceFile });

  it('follows a dot path through objects and arrays', () => {
    expect(measure(byFile('perf/results.json', 'latency.p99'))).toEqual({ value: 93, samples: 1, unit: 'value' });
    expect(measure(byFile('perf/results.json', 'latency.samples.2')).value).toBe(3);
  });

  it('says what is wrong', () => {
    expect(measure(byFile('perf/results.json')).error).toMatch(/needs `path`/);
    expect(measure(byFile('perf/results.json', 'latency.p95')).error).toMatch(/nothing at "latency.p95"/);
    expect(measure(byFile('perf/results.json', 'latency.__proto__')).error).toMatch(/nothing at/);
    expect(measure(byFile('perf/results.json', 'latency.samples.9')).error).toMatch(/nothing at/);
    expect(measure(byFile('perf/results.json', 'label')).error).toMatch(/the text "fast", not a number/);
    expect(measure(byFile('perf/results.json', 'latency')).error).toMatch(/an object, not a number/);
    expect(measure(byFile('broken.json', 'a')).error).toMatch(/not valid JSON/);
    expect(measure(byFile('missing.json', 'a')).error).toMatch(/not found in the workspace/);
  });

  it('passes on the reader’s refusal of paths outside the workspace', () => {
    const m = measure(byFile('../../etc/passwd', 'a'));
    expect(m).toMatchObject({ value: null, samples: 0 });
    expect(m.error).toMatch(/outside the workspace/);
  });

  it('errors without a reader', () => {
    expect(measureKeyResult(byFile('perf/results.json', 'latency.p99'), { window: OCTOBER }).error).toMatch(
      /cannot read/,
    );
  });
});
