/**
 * The run's deadline against a server that accepts and never answers: every source ends in an error that says
 * what happened and what to do, at the deadline, without a retry; a request after the deadline is never sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchSources } from '../../src/github/fetch.js';
import { deadlineSignal, measuringDeadlineMessage } from '../../src/github/deadline.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';
import { useStandIn } from '../support/stand-in.js';
import { OWNER, REPO, SINCE, UNTIL, history, testClient } from './support/history.js';

const standIn = useStandIn();

let server: SilentServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const message = measuringDeadlineMessage('1s', 'the `deadline` input');
const specs = [
  { kind: 'deployments' as const, owner: OWNER, repo: REPO, since: SINCE, until: UNTIL },
  { kind: 'pull-requests' as const, owner: OWNER, repo: REPO, since: SINCE, until: UNTIL },
  { kind: 'issues' as const, owner: OWNER, repo: REPO, since: SINCE, until: UNTIL, labels: ['incident'] },
];

describe('the run deadline', () => {
  it('a deadline past what a Node timer holds (25 days) has not passed a moment later', async () => {
    const deadline = deadlineSignal(25 * 86_400, 'far away');
    await new Promise((done) => setTimeout(done, 20));
    expect(deadline.aborted).toBe(false);
  });

  it('ends every source that GitHub does not answer with an error saying so, and retries none', async () => {
    server = await startSilentServer();
    const deadline = deadlineSignal(1, message);
    // Per-request timeouts far beyond the deadline: only the deadline can end these requests.
    const client = testClient(server.url, { requestTimeoutMs: 600_000, deadline: () => deadline });

    const results = await fetchSources(client, specs, { concurrency: 1 });

    expect([...results.values()]).toEqual(specs.map(() => ({ ok: false, error: message })));
    // The first source's request was in flight at the deadline; the others were never sent.
    expect(server.requests()).toBe(1);
    expect(client.stats().retries).toBe(0);
  });

  it('does not begin a rate-limit wait that would outlast it', async () => {
    const github = await standIn.start({
      history: history({}),
      faults: { primaryLimit: { remaining: 0, resetInSeconds: 120 } },
    });
    const deadline = deadlineSignal(60, message);
    // Real seconds: a 120 s reset is longer than the 60 s left, so the client fails at once instead of waiting.
    const client = testClient(github.url, { delayUnitMs: 1000, deadline: () => deadline });
    // By REST: GraphQL's points are a budget of their own, which this fault leaves alone.
    const [result] = [...(await fetchSources(client, [specs[0]!], { graphql: false })).values()];
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^GitHub's API rate limit is exhausted until/),
    });
    expect(github.requests).toHaveLength(1);
  });

  it('says what it was, in the words given, with the option that allows more time', () => {
    expect(message).toBe(
      "GitHub did not answer in time: the run's deadline of 1s passed before this was read. " +
        'Re-run later, or allow more time with the `deadline` input.',
    );
  });
});
