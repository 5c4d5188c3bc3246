import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventPayload, readRunnerContext } from '../../src/action/runner.js';

const folder = mkdtempSync(join(tmpdir(), 'okr-runner-context-'));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('readRunnerContext', () => {
  it('reads what a runner sets', () => {
    const event = file('push.json', '{"pull_request": {"number": 7}}');
    const read = readRunnerContext(
      {
        GITHUB_REPOSITORY: 'acme/payments',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_RUN_ID: '4242',
        GITHUB_WORKSPACE: '/work/space',
        RUNNER_TEMP: '/runner/temp',
      },
      '/cwd',
    );
    expect(read).toEqual({
      runner: {
        repository: 'acme/payments',
        eventName: 'pull_request',
        payload: { pull_request: { number: 7 } },
        apiUrl: 'https://ghe.example.com/api/v3',
        serverUrl: 'https://ghe.example.com',
        runId: 4242,
        workspace: '/work/space',
        runnerTemp: '/runner/temp',
      },
      problems: [],
    });
  });

  it('outside a runner: github.com, an empty payload, the current directory, no problem', () => {
    expect(readRunnerContext({}, '/cwd')).toEqual({
      runner: {
        repository: '',
        eventName: '',
        payload: {},
        apiUrl: 'https://api.github.com',
        serverUrl: 'https://github.com',
        runId: 0,
        workspace: '/cwd',
        runnerTemp: '/cwd',
      },
      problems: [],
    });
  });

  it('a server URL that is not a URL is a problem with a fallback; an API URL that is not one is fatal', () => {
    const read = readRunnerContext({ GITHUB_SERVER_URL: 'javascript:alert(1)', GITHUB_API_URL: 'ftp://x' }, '/cwd');
    expect(read.runner.serverUrl).toBe('https://github.com');
    expect(read.problems).toEqual([
      'GITHUB_SERVER_URL is not an http(s) URL ("javascript:alert(1)"): links to the run use https://github.com.',
    ]);
    expect(read.fatal).toMatch(/^GITHUB_API_URL is not an http\(s\) URL \("ftp:\/\/x"\)/);
  });
});

describe('readEventPayload', () => {
  it.each([
    ['[1, 2]', 'does not hold a JSON object'],
    ['null', 'does not hold a JSON object'],
    ['{"a": ', 'is not valid JSON'],
  ])('%s: %s, and the payload is empty', (text, problem) => {
    const read = readEventPayload(file('event.json', text));
    expect('problem' in read && read.problem).toContain(problem);
    expect('problem' in read && read.problem).toContain('PR comments and checks that need it are skipped.');
  });
});
