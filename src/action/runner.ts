/**
 * What the runner tells the step, read when the step runs (never at import time, as `@actions/github`'s
 * `context` does: a malformed event file made it throw before a line of ours ran). Each problem is a sentence
 * for an `::error::`; the run goes on with what is sound: without the event payload it still scores, and only a
 * GITHUB_API_URL that is not a URL stops it before any request.
 */
import { httpUrl } from '../options/http-url.js';
import { readRegularFile } from '../io/regular-file.js';
import { errorMessage } from '../model/error-message.js';

const SKIPPED = 'PR comments and checks that need it are skipped.';

/** What the runner tells the step (GitHub sets these; see main.ts). */
export interface RunnerContext {
  /** GITHUB_REPOSITORY: `owner/name` the workflow runs in. */
  repository: string;
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH's JSON); untrusted, validated where read. */
  payload: unknown;
  apiUrl: string;
  serverUrl: string;
  runId: number;
  workspace: string;
  runnerTemp: string;
}

export interface RunnerRead {
  runner: RunnerContext;
  /** Wrong but survivable: reported as errors, the step fails at the end, everything else is delivered. */
  problems: string[];
  /** Set when nothing can be measured (no usable GitHub API URL). */
  fatal?: string;
}

export function readRunnerContext(env: NodeJS.ProcessEnv, cwd: string): RunnerRead {
  const problems: string[] = [];
  const event = readEventPayload(env.GITHUB_EVENT_PATH);
  if ('problem' in event) problems.push(event.problem);

  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const fatal = httpUrl(apiUrl)
    ? undefined
    : `GITHUB_API_URL is not an http(s) URL (${JSON.stringify(apiUrl.slice(0, 200))}): the runner sets it to the ` +
      `API of the GitHub that runs the job; unset it, or set it to e.g. https://api.github.com.`;

  let serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!httpUrl(serverUrl)) {
    problems.push(
      `GITHUB_SERVER_URL is not an http(s) URL (${JSON.stringify(serverUrl.slice(0, 200))}): ` +
        'links to the run use https://github.com.',
    );
    serverUrl = 'https://github.com';
  }
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);

  return {
    runner: {
      repository: env.GITHUB_REPOSITORY ?? '',
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload: 'payload' in event ? event.payload : {},
      apiUrl,
      serverUrl: serverUrl.replace(/\/+$/, ''),
      runId: Number.isSafeInteger(runId) && runId > 0 ? runId : 0,
      workspace: env.GITHUB_WORKSPACE || cwd,
      // Without RUNNER_TEMP (a run outside a runner) the report goes beside the workspace's files.
      runnerTemp: env.RUNNER_TEMP || env.GITHUB_WORKSPACE || cwd,
    },
    problems,
    ...(fatal ? { fatal } : {}),
  };
}

/**
 * The event payload (GITHUB_EVENT_PATH's JSON object). No path: an empty payload, as outside a runner. A path
 * that is missing, not a regular file (a directory; a FIFO, which would block the read forever), too large or
 * not a JSON object is a problem, and the payload is empty.
 */
export function readEventPayload(path: string | undefined): { payload: Record<string, unknown> } | { problem: string } {
  if (!path) return { payload: {} };
  const where = `the event file GITHUB_EVENT_PATH (${JSON.stringify(path.slice(0, 300))})`;
  let text: string;
  try {
    // GitHub caps webhook payloads at 25 MB, below the reader's own bound.
    text = readRegularFile(path);
  } catch (error) {
    const reason = errorMessage(error);
    return { problem: `${where} could not be read: ${reason}; ${SKIPPED}` };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    const reason = errorMessage(error);
    return { problem: `${where} is not valid JSON (${reason.slice(0, 200)}); ${SKIPPED}` };
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return { problem: `${where} does not hold a JSON object; ${SKIPPED}` };
  }
  return { payload: payload as Record<string, unknown> };
}
