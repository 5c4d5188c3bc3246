import { describe, expect, it } from 'vitest';
import { decideComment, pullRequestNumber } from '../../src/deliver/event.js';
import {
  pullRequestEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
  workflowRunEvent,
} from '../support/events.js';

// GitHub's own payloads (tests/support/events.ts); the hand-written ones below are malformed on purpose.
const repository = 'acme/payments';
const prPayload = pullRequestEvent({ repository, number: 42, action: 'synchronize' });
const runPayload = (prs: number[], event = 'pull_request') =>
  workflowRunEvent({ repository, event, pullRequests: prs });

describe('pullRequestNumber', () => {
  it('reads pull_request and pull_request_target payloads', () => {
    expect(pullRequestNumber('pull_request', prPayload)).toBe(42);
    const fromFork = pullRequestEvent({ repository, number: 7, fork: 'forker/p' });
    expect(pullRequestNumber('pull_request_target', fromFork)).toBe(7);
    // The payload's top-level `number` alone is enough (a payload trimmed by a proxy).
    expect(pullRequestNumber('pull_request_target', { number: 7 })).toBe(7);
  });

  it('reads a workflow_run that names exactly one pull request', () => {
    expect(pullRequestNumber('workflow_run', runPayload([9]))).toBe(9);
    expect(pullRequestNumber('workflow_run', runPayload([]))).toBeUndefined();
    expect(pullRequestNumber('workflow_run', runPayload([9, 10]))).toBeUndefined();
  });

  it('ignores, in a workflow_run, pull requests of another repository (as GitHub lists them for a branch)', () => {
    const foreign = workflowRunEvent({
      repository,
      event: 'pull_request',
      pullRequests: [9],
      pullRequestsBase: 'up/stream',
    });
    expect(pullRequestNumber('workflow_run', foreign)).toBeUndefined();
    // Without the workflow repository's id, its API URL decides, in any case.
    const renamed = runPayload([9]) as { repository: { id?: number; url: string } };
    delete renamed.repository.id;
    renamed.repository.url = renamed.repository.url.toUpperCase();
    expect(pullRequestNumber('workflow_run', renamed)).toBe(9);
    // Without ids or URLs (a trimmed payload) the listed number is taken at its word.
    expect(pullRequestNumber('workflow_run', { workflow_run: { pull_requests: [{ number: 9 }] } })).toBe(9);
  });

  it('finds nothing in other events or malformed payloads', () => {
    expect(pullRequestNumber('schedule', scheduleEvent({ repository }))).toBeUndefined();
    expect(pullRequestNumber('workflow_dispatch', workflowDispatchEvent({ repository }))).toBeUndefined();
    expect(pullRequestNumber('push', pushEvent({ repository }))).toBeUndefined();
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
    expect(decideComment('auto', 'schedule', scheduleEvent({ repository }))).toEqual({ post: false });
    expect(decideComment('auto', 'workflow_dispatch', workflowDispatchEvent({ repository }))).toEqual({ post: false });
    expect(decideComment('auto', 'push', pushEvent({ repository }))).toEqual({ post: false });
    expect(decideComment('auto', 'workflow_run', runPayload([5], 'push'))).toEqual({ post: false });
  });

  it('auto: warns when a pull request workflow_run names no single PR (a fork)', () => {
    const decision = decideComment('auto', 'workflow_run', runPayload([]));
    expect(decision.post).toBe(false);
    expect(!decision.post && decision.warning).toMatch(/forks/);
  });

  it('always: posts where there is a PR, warns where there is none', () => {
    expect(decideComment('always', 'workflow_run', runPayload([5], 'push'))).toEqual({ post: true, prNumber: 5 });
    const decision = decideComment('always', 'schedule', scheduleEvent({ repository }));
    expect(decision).toEqual({
      post: false,
      warning: expect.stringMatching(/schedule event names no single pull request/),
    });
  });

  it('never: never posts, never warns', () => {
    expect(decideComment('never', 'pull_request', prPayload)).toEqual({ post: false });
  });

  it('does not echo a hostile event name into the warning', () => {
    const decision = decideComment('always', '<script>@acme/all', {});
    expect(!decision.post && decision.warning).not.toContain('<script>');
  });
});
