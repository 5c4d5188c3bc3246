/**
 * Event payloads as GitHub sends them (GITHUB_EVENT_PATH's JSON), for the bundled-action tests: the community's
 * recorded webhook payloads (@octokit/webhooks-examples, api.github.com), adapted only where they must point at the
 * stand-in's repository. What the adapter changes, and nothing else:
 *
 * - repository names: `Codertocat/Hello-World` and `octo-org/octo-repo` (in every URL and `full_name`) become the
 *   test's repository, and each repository object's `name`, `full_name` and `owner.login` follow;
 * - numbers and shas: the pull request's `number`, `base.sha`, `head.sha` (and a push's `before`/`after`);
 * - a fork: `head.repo` becomes a copy of the base repository under another owner, with `fork: true`;
 * - a `workflow_run`: the triggering run's `event` and its `pull_requests` (the recorded one followed a
 *   `repository_dispatch`).
 *
 * `pull_request_target` has no webhook of its own: GitHub gives the workflow the `pull_request` payload.
 * `schedule` and `workflow_dispatch` are Actions' own events, not webhooks ("Events that trigger workflows"):
 * a schedule's payload carries the `schedule` (its cron line), the repository, the workflow file and the sender
 * (github.blog changelog 2022-09-27); a workflow_dispatch's is recorded in the package.
 */
import { createRequire } from 'node:module';

// The package's main is a JSON file; require reads it alike on Node 20 and 24 (no import attributes needed).
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as unknown;

type Json = Record<string, unknown>;
const RECORDED_REPOSITORIES = ['Codertocat/Hello-World', 'octo-org/octo-repo'];

interface RecordedEvent {
  name: string;
  examples: Json[];
}

/** A recorded payload of one webhook and action, deep-copied (tests may change it freely). */
function recorded(name: string, matches: (payload: Json) => boolean = () => true): Json {
  const event = (examples as unknown as RecordedEvent[]).find((e) => e.name === name);
  const payload = event?.examples.find(matches);
  if (!payload) throw new Error(`@octokit/webhooks-examples has no ${name} payload that fits`);
  return structuredClone(payload);
}

/** Every recorded repository path (URLs, `full_name`) points at `fullName` instead. */
function retarget(payload: Json, fullName: string): Json {
  let text = JSON.stringify(payload);
  for (const from of RECORDED_REPOSITORIES) text = text.split(from).join(fullName);
  const retargeted = JSON.parse(text) as Json;
  renameRepositoryObjects(retargeted, fullName);
  return retargeted;
}

/** Repository objects (those with a `full_name`) get the matching `name` and `owner.login`. */
function renameRepositoryObjects(node: unknown, fullName: string): void {
  if (Array.isArray(node)) {
    for (const item of node) renameRepositoryObjects(item, fullName);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as Json;
  if (object.full_name === fullName) setRepositoryName(object, fullName);
  for (const value of Object.values(object)) renameRepositoryObjects(value, fullName);
}

function setRepositoryName(repository: Json, fullName: string): void {
  const [owner = '', name = ''] = fullName.split('/');
  repository.full_name = fullName;
  repository.name = name;
  if (repository.owner && typeof repository.owner === 'object') (repository.owner as Json).login = owner;
}

export interface PullRequestEventOptions {
  /** GITHUB_REPOSITORY: where the workflow runs. */
  repository: string;
  number: number;
  action?: 'opened' | 'synchronize';
  baseSha?: string;
  headSha?: string;
  /** `base.repo.full_name` when it differs (in case only, say) from `repository`. */
  baseRepository?: string;
  /** `owner/name` of a fork the pull request comes from; absent: a branch of the base repository. */
  fork?: string;
}

export const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);

/** A `pull_request` (or `pull_request_target`) payload: GitHub's recorded `opened` or `synchronize`. */
export function pullRequestEvent(options: PullRequestEventOptions): Json {
  const action = options.action ?? 'opened';
  const payload = retarget(
    recorded('pull_request', (p) => p.action === action),
    options.repository,
  );
  const pr = payload.pull_request as Json & { base: Json & { repo: Json }; head: Json & { repo: Json } };
  payload.number = options.number;
  pr.number = options.number;
  pr.url = `${(pr.base.repo.url as string) ?? ''}/pulls/${options.number}`;
  pr.base.sha = options.baseSha ?? BASE_SHA;
  pr.head.sha = options.headSha ?? HEAD_SHA;
  if (action === 'synchronize') Object.assign(payload, { before: BASE_SHA, after: pr.head.sha });
  if (options.baseRepository) setRepositoryName(pr.base.repo, options.baseRepository);
  if (options.fork) {
    const fork = structuredClone(pr.base.repo);
    setRepositoryName(fork, options.fork);
    Object.assign(fork, { id: (fork.id as number) + 1, fork: true });
    pr.head.repo = fork;
    pr.head.label = `${options.fork.split('/')[0]}:${pr.head.ref as string}`;
  }
  return payload;
}

export interface WorkflowRunEventOptions {
  repository: string;
  /** The event of the run that triggered this one: `pull_request` for the README's fork set-up. */
  event: string;
  /** The pull requests GitHub names (none for a fork's, several when one branch backs several). */
  pullRequests: number[];
  /**
   * The listed pull requests' base repository when it is another one: GitHub lists, for a branch, pull requests
   * it heads elsewhere (the recorded payload's, of `Codertocat/Hello-World`, run in `octo-org/octo-repo`).
   */
  pullRequestsBase?: string;
}

/**
 * A `workflow_run` `completed` payload: the run that finished, and the pull requests GitHub names for it. Listed
 * pull requests carry only `id`, `url` and `name` of their repositories; those get the workflow repository's
 * (or `pullRequestsBase`'s, with another id).
 */
export function workflowRunEvent(options: WorkflowRunEventOptions): Json {
  const completedWithPr = (p: Json) => p.action === 'completed' && hasPullRequests(p);
  const payload = retarget(recorded('workflow_run', completedWithPr), options.repository);
  const here = payload.repository as Json & { id: number; url: string; name: string };
  const base = options.pullRequestsBase
    ? {
        id: here.id + 1000,
        url: here.url.replace(options.repository, options.pullRequestsBase),
        name: options.pullRequestsBase.split('/')[1],
      }
    : { id: here.id, url: here.url, name: here.name };
  const run = payload.workflow_run as Json & { pull_requests: (Json & { base: Json; head: Json })[] };
  const shape = run.pull_requests[0]!;
  run.event = options.event;
  run.pull_requests = options.pullRequests.map((number) => {
    const pr = structuredClone(shape);
    pr.base.repo = { ...base };
    pr.head.repo = { ...base };
    return { ...pr, number, url: `${base.url}/pulls/${number}` };
  });
  return payload;
}

function hasPullRequests(payload: Json): boolean {
  const prs = (payload.workflow_run as Json | undefined)?.pull_requests;
  return Array.isArray(prs) && prs.length > 0;
}

/** A `push` to a branch, as GitHub sends it. */
export function pushEvent(options: { repository: string; ref?: string; after?: string }): Json {
  const payload = retarget(
    recorded('push', (p) => String(p.ref).startsWith('refs/heads/')),
    options.repository,
  );
  payload.ref = options.ref ?? 'refs/heads/main';
  if (options.after) payload.after = options.after;
  return payload;
}

/** A `workflow_dispatch` run, as recorded (no inputs). */
export function workflowDispatchEvent(options: { repository: string; ref?: string }): Json {
  const payload = retarget(recorded('workflow_dispatch'), options.repository);
  payload.ref = options.ref ?? 'refs/heads/main';
  return payload;
}

/** A `schedule` run: its cron line, and the repository, workflow and sender GitHub has added since 2022. */
export function scheduleEvent(options: { repository: string; cron?: string }): Json {
  const dispatch = workflowDispatchEvent(options);
  return {
    schedule: options.cron ?? '0 6 * * 1',
    repository: dispatch.repository,
    ...(dispatch.organization ? { organization: dispatch.organization } : {}),
    sender: dispatch.sender,
    workflow: '.github/workflows/okr-scorecard.yml',
  };
}
