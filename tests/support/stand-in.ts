/**
 * The one way a test starts the GitHub stand-in: `const standIn = useStandIn();` in the file (or a `describe`),
 * then `await standIn.start(options)` in a test. Every stand-in it started is closed after each test (or, with
 * `useStandIn('file')` for one started in `beforeAll`, after the file's tests), whatever the test did, so no test
 * closes one itself unless closing is what it tests.
 */
import { afterAll, afterEach } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';

type StartOptions = Parameters<typeof startFakeGitHub>[0];

export function useStandIn(lifetime: 'test' | 'file' = 'test'): { start(options: StartOptions): Promise<FakeGitHub> } {
  const started: FakeGitHub[] = [];
  (lifetime === 'test' ? afterEach : afterAll)(async () => {
    await Promise.all(started.splice(0).map((standIn) => standIn.close()));
  });
  return {
    async start(options) {
      const standIn = await startFakeGitHub(options);
      started.push(standIn);
      return standIn;
    },
  };
}
