import { describe, expect, it } from 'vitest';
import type { IssueMetric } from '../../src/metric-types/index.js';
import type { Issue } from '../../src/github/records.js';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { OCTOBER, issue, window } from './builders.js';

const count = (extra: Partial<IssueMetric> = {}): IssueMetric => ({ type: 'issue-count', ...extra });
const timeToClose = (extra: Partial<IssueMetric> = {}): IssueMetric => ({ type: 'time-to-close', ...extra });
const measure = (m: IssueMetric, records: Issue[], w = OCTOBER) => measureKeyResult(m, { window: w, records });
const PR_LINK = {
  url: 'https://api.github.com/repos/acme/app/pulls/1',
  html_url: null,
  diff_url: null,
  patch_url: null,
};

describe('issue-count', () => {
  it('opened (default): created in [start, end), never pull requests', () => {
    const records = [
      issue({ created_at: '2026-10-01T00:00:00Z' }),
      issue({ created_at: '2026-10-31T23:59:59Z', closed_at: '2026-10-31T23:59:59Z', state: 'closed' }),
      issue({ created_at: '2026-11-01T00:00:00Z' }),
      issue({ created_at: '2026-09-30T23:59:59Z' }),
      issue({ created_at: '2026-10-10T00:00:00Z', pull_request: PR_LINK }),
    ];
    expect(measure(count(), records)).toEqual({ value: 2, samples: 2, unit: 'count' });
  });

  it('needs every label, matched case-insensitively', () => {
    const records = [
      issue({ labels: ['incident', 'sev1'] }),
      issue({ labels: ['Incident'] }),
      issue({ labels: ['sev1'] }),
      issue({ labels: [] }),
    ];
    expect(measure(count({ labels: ['incident'] }), records).value).toBe(2);
    expect(measure(count({ labels: ['incident', 'sev1'] }), records).value).toBe(1);
    expect(measure(count(), records).value).toBe(4);
  });

  it('closed: closed in the window, whenever created', () => {
    const records = [
      issue({ created_at: '2026-01-01T00:00:00Z', closed_at: '2026-10-03T00:00:00Z', state: 'closed' }),
      issue({ created_at: '2026-10-02T00:00:00Z', closed_at: '2026-11-01T00:00:00Z', state: 'closed' }),
      issue({ created_at: '2026-10-02T00:00:00Z' }),
    ];
    expect(measure(count({ state: 'closed' }), records).value).toBe(1);
  });

  it('open: open at the window end, however old; closed after as-of still counts as open', () => {
    const asOf = window('2026-10-01T00:00:00Z', '2026-10-15T00:00:00Z');
    const records = [
      issue({ created_at: '2025-06-01T00:00:00Z' }), // old, still open
      // closed after as-of
      issue({ created_at: '2026-10-05T00:00:00Z', closed_at: '2026-10-20T00:00:00Z', state: 'closed' }),
      // closed at as-of
      issue({ created_at: '2026-10-05T00:00:00Z', closed_at: '2026-10-15T00:00:00Z', state: 'closed' }),
      // closed before
      issue({ created_at: '2026-10-05T00:00:00Z', closed_at: '2026-10-14T23:59:59Z', state: 'closed' }),
      issue({ created_at: '2026-10-15T00:00:00Z' }), // created at as-of: not yet
      issue({ created_at: '2026-10-01T00:00:00Z', pull_request: PR_LINK }),
    ];
    expect(measure(count({ state: 'open' }), records, asOf)).toEqual({ value: 3, samples: 3, unit: 'count' });
  });

  it('is zero, not no-data, with nothing to count', () => {
    expect(measure(count(), [])).toEqual({ value: 0, samples: 0, unit: 'count' });
  });
});

describe('time-to-close', () => {
  it('is closed_at − created_at over issues closed in the window, never negative', () => {
    const records = [
      issue({
        created_at: '2026-09-20T00:00:00Z',
        closed_at: '2026-10-01T00:00:00Z',
        state: 'closed',
        labels: ['incident'],
      }), // 11 d
      issue({
        created_at: '2026-10-02T00:00:00Z',
        closed_at: '2026-10-02T06:00:00Z',
        state: 'closed',
        labels: ['incident'],
      }), // 6 h
      issue({
        created_at: '2026-10-02T00:00:05Z',
        closed_at: '2026-10-02T00:00:00Z',
        state: 'closed',
        labels: ['incident'],
      }), // skew → 0
      issue({
        created_at: '2026-10-02T00:00:00Z',
        closed_at: '2026-11-01T00:00:00Z',
        state: 'closed',
        labels: ['incident'],
      }), // after
      issue({ created_at: '2026-10-02T00:00:00Z', closed_at: '2026-10-03T00:00:00Z', state: 'closed' }), // no label
      issue({
        created_at: '2026-10-02T00:00:00Z',
        closed_at: '2026-10-03T00:00:00Z',
        state: 'closed',
        labels: ['incident'],
        pull_request: PR_LINK,
      }),
    ];
    expect(measure(timeToClose({ labels: ['incident'] }), records)).toEqual({
      value: 21_600,
      samples: 3,
      unit: 'seconds',
    });
    expect(measure(timeToClose({ labels: ['incident'], stat: 'min' }), records).value).toBe(0);
    expect(measure(timeToClose({ labels: ['incident'], stat: 'max' }), records).value).toBe(11 * 86_400);
  });

  it('is no-data when nothing closed', () => {
    expect(measure(timeToClose(), [issue()])).toEqual({ value: null, samples: 0, unit: 'seconds' });
  });
});
