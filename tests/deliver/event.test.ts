import { describe, expect, it } from 'vitest';
import { decideComment, pullRequestNumber } from '../../src/deliver/event.js';

const prPayload = { action: 'synchronize', number: 42, pull_request: { number: 42 } };
const runPayload = (prs: number[], event = 'pull_request') => ({
  workflow_run: { event, pull_requests: prs.map((number) => ({ number })) },
});

describe('pullRequestNumber', () => {
  it('reads pull_request and pull_request_target payloads', () => {
    expect(pullRequestNumber('pull_request', prPayload)).toBe(42);
    expect(pullRequestNumber('pull_request_target', { number: 7 })).toBe(7);
  });

  it('reads a workflow_run that names exactly one pull request', () => {
    expect(pullRequestNumber('workflow_run', runPayload([9]))).toBe(9);
    expect(pullRequestNumber('workflow_run', runPayload([]))).toBeUndefined();
    expect(pullRequestNumber('workflow_run', runPayload([9, 10]))).toBeUndefined();
  });

  it('finds nothing in other events or malformed payloads', () => {
    expect(pullRequestNumber('schedule', { schedule: '0 6 * * 1' })).toBeUndefined();
    expect(pullRequestNumber('push', prPayload)).toBeUndefined();
    expect(pullRequestNumber('pull_request', null)).toBeUndefined();
    expect(pullRequestNumber('pull_request', { pull_request: { number: '42' } })).toBeUndefined();
    expect(pullRequestNumber('pull_request', { pull_request: { number: -1 } })).toBeUndefined();
  });
});

describe('decideComment', () => {
  it('auto: posts on pull request events, silently nothing on schedule or dispatch', () => {
    expect(decideComment('auto', 'pull_request', prPayload)).toEqual({ post: true, prNumber: 42 });
    expect(decideComment('auto', 'pull_request_target', prPayload)).toEqual({ post: true, prNumber: 42 });
    expect(decideComment('auto', 'workflow_run', runPayload([5]))).toEqual({ post: true, prNumber: 5 });
    expect(decideComment('auto', 'schedule', {})).toEqual({ post: false });
    expect(decideComment('auto', 'workflow_dispatch', {})).toEqual({ post: false });
    expect(decideComment('auto', 'workflow_run', runPayload([5], 'push'))).toEqual({ post: false });
  });

  it('auto: warns when a pull request workflow_run names no single PR (a fork)', () => {
    const decision = decideComment('auto', 'workflow_run', runPayload([]));
    expect(decision.post).toBe(false);
    expect(!decision.post && decision.warning).toMatch(/forks/);
  });

  it('always: posts where there is a PR, warns where there is none', () => {
    expect(decideComment('always', 'workflow_run', runPayload([5], 'push'))).toEqual({ post: true, prNumber: 5 });
    const decision = decideComment('always', 'schedule', {});
    expect(decision).toEqual({ post: false, warning: expect.stringMatching(/schedule event names no single pull request/) });
  });

  it('never: never posts, never warns', () => {
    expect(decideComment('never', 'pull_request', prPayload)).toEqual({ post: false });
  });

  it('does not echo a hostile event name into the warning', () => {
    const decision = decideComment('always', '<script>@acme/all', {});
    expect(!decision.post && decision.warning).not.toContain('<script>');
  });
});
