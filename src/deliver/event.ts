/**
 * What the triggering event says about where a comment could go. The caller reads the payload from
 * GITHUB_EVENT_PATH and passes it in; the payload is untrusted JSON, so every field is validated.
 */
import { z } from 'zod';
import type { FileLocation } from '../github/contents.js';

export type CommentMode = 'auto' | 'always' | 'never';

/** Events whose own payload is a pull request. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

const prNumber = z.number().int().positive();
const pullRequestPayload = z.object({
  pull_request: z.object({ number: prNumber }).optional(),
  number: prNumber.optional(),
});
/** A pull request's base repository as a `workflow_run` lists it: `id`, `url` and `name`, no `full_name`. */
const listedRepository = z.object({ id: z.number().optional(), url: z.string().optional() }).optional();
const workflowRunPayload = z.object({
  workflow_run: z.object({
    event: z.string().optional(),
    pull_requests: z
      .array(z.object({ number: prNumber, base: z.object({ repo: listedRepository }).optional() }))
      .nullable()
      .optional(),
  }),
  /** The repository the workflow runs in. */
  repository: z.object({ id: z.number().optional(), url: z.string().optional() }).optional(),
});
type WorkflowRunPayload = z.infer<typeof workflowRunPayload>;
type ListedPullRequest = NonNullable<WorkflowRunPayload['workflow_run']['pull_requests']>[number];

/**
 * The pull request the event is about, if exactly one: `pull_request` / `pull_request_target` carry it;
 * a `workflow_run` carries the PRs of the run that triggered it (GitHub leaves that list empty when the PR
 * comes from a fork, and it may list several when one branch backs several PRs: then we cannot tell).
 */
export function pullRequestNumber(eventName: string, payload: unknown): number | undefined {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const parsed = pullRequestPayload.safeParse(payload);
    if (!parsed.success) return undefined;
    return parsed.data.pull_request?.number ?? parsed.data.number;
  }
  if (eventName === 'workflow_run') {
    const parsed = workflowRunPayload.safeParse(payload);
    if (!parsed.success) return undefined;
    const ours = (parsed.data.workflow_run.pull_requests ?? []).filter((pr) => isOurs(pr, parsed.data.repository));
    return ours.length === 1 ? ours[0]?.number : undefined;
  }
  return undefined;
}

/**
 * GitHub lists, for a run on a branch, the pull requests that branch heads in other repositories too (a fork's
 * run names the upstream's PR; @octokit/webhooks-examples records one): such a number is not a pull request
 * here, so it is dropped. Compared by repository id (a rename keeps it), else by API URL; a payload that says
 * neither is taken at its word.
 */
function isOurs(pr: ListedPullRequest, repository: WorkflowRunPayload['repository']): boolean {
  const base = pr.base?.repo;
  if (base?.id !== undefined && repository?.id !== undefined) return base.id === repository.id;
  if (base?.url !== undefined && repository?.url !== undefined) {
    return base.url.toLowerCase() === repository.url.toLowerCase();
  }
  return true;
}

/** True when a `workflow_run` was triggered by a pull request workflow (the fork-safe way to comment). */
function isPullRequestWorkflowRun(eventName: string, payload: unknown): boolean {
  if (eventName !== 'workflow_run') return false;
  const parsed = workflowRunPayload.safeParse(payload);
  return parsed.success && PULL_REQUEST_EVENTS.has(parsed.data.workflow_run.event ?? '');
}

export type CommentDecision =
  | { post: true; prNumber: number }
  | { post: false /** Set when the user asked for a comment and cannot have one. */; warning?: string };

/**
 * Whether to post the PR comment. `auto` posts on pull request events (and on a `workflow_run` that follows
 * one, the set-up the README shows for forks); silently nothing elsewhere (schedule, workflow_dispatch).
 * `always` posts wherever there is a pull request and warns where there is none. `never` never posts.
 */
export function decideComment(mode: CommentMode, eventName: string, payload: unknown): CommentDecision {
  if (mode === 'never') return { post: false };
  const number = pullRequestNumber(eventName, payload);
  const prEvent = PULL_REQUEST_EVENTS.has(eventName) || isPullRequestWorkflowRun(eventName, payload);
  if (number !== undefined && (mode === 'always' || prEvent)) return { post: true, prNumber: number };
  if (mode === 'always' || prEvent) {
    return { post: false, warning: noPullRequestWarning(eventName) };
  }
  return { post: false };
}

function noPullRequestWarning(eventName: string): string {
  const event = /^[a-z_]{1,50}$/.test(eventName) ? eventName : 'this';
  const forkHint =
    event === 'workflow_run'
      ? ' (GitHub does not list pull requests from forks in a workflow_run event; it may list several for one branch,' +
        ' or pull requests of other repositories)'
      : '';
  return (
    `No PR comment: the ${event} event names no single pull request${forkHint}. ` +
    'The scorecard is in the job summary; set `issue:` to keep a tracking issue instead.'
  );
}

/** On a pull request: the OKR file as it is on the base commit, for the goalpost guard and calibration. */
export function pullRequestBase(event: unknown, path: string): FileLocation | undefined {
  const pr = (event as { pull_request?: { base?: { sha?: unknown; repo?: { full_name?: unknown } } } })?.pull_request;
  const sha = pr?.base?.sha;
  const repository = pr?.base?.repo?.full_name;
  if (typeof sha !== 'string' || typeof repository !== 'string') return undefined;
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo, path: path.replace(/^\.\//, ''), ref: sha };
}
