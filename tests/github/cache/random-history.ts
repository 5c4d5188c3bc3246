/**
 * Random repository histories and random edits between two runs (SPEC §14's property test): new runs, runs that
 * finish, re-runs within 3 days of their creation, late deployment statuses, new deployments, issues opened,
 * closed and relabelled, pull requests opened and merged. Deployments ship new commits of a git history (a line on
 * main, now and then a merged pull request) or roll back to an earlier deployment's sha, for lead time. Every
 * edit happens after the earlier run's clock and no later than the next one's, and moves `updated_at` as GitHub
 * does.
 */
import type {
  FakeDeployment,
  FakeHistory,
  FakeIssue,
  FakePull,
  FakeRepository,
  FakeRun,
} from '../../../src/fake-github/history.js';
import { CommitGraph } from '../../../src/fake-github/commit-graph.js';
import { CI_WORKFLOW, DEPLOY_WORKFLOW, FULL_NAME, iso } from '../support/history.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Mulberry32: small, seeded, good enough to pick histories. */
export function randomOf(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** An instant in (from, to]. */
    between: (from: number, to: number): number => Math.min(to, from + 1000 + Math.floor(next() * (to - from))),
  };
}

type Random = ReturnType<typeof randomOf>;

export interface World {
  repo: FakeRepository;
  nextId: number;
  graph: CommitGraph;
  /** main's latest commit. */
  tip: string;
}

const seconds = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** A history of about `size` records of each kind, created in [from, now]. */
export function randomWorld(random: Random, from: number, now: number, size: number): World {
  const world: World = {
    repo: {
      fullName: FULL_NAME,
      defaultBranch: 'main',
      workflows: [DEPLOY_WORKFLOW, CI_WORKFLOW],
      runs: [],
      deployments: [],
      issues: [],
      pulls: [],
    },
    nextId: 5000,
    graph: new CommitGraph(),
    tip: '',
  };
  world.tip = world.graph.commit([], { authored: iso(from - 30 * DAY), message: 'Initial commit' });
  world.repo.commits = world.graph.commits;
  // Each environment's first deployment succeeds, before any window: lead time and recovery time reach back to it.
  for (const environment of ENVIRONMENTS) deploySuccessfully(world, environment, from - DAY);
  for (let i = 0; i < size * 4; i += 1) addRun(random, world, random.between(from, now), now);
  for (let i = 0; i < size; i += 1) addDeployment(random, world, random.between(from, now), now);
  for (let i = 0; i < size; i += 1) addIssue(random, world, random.between(from - 10 * DAY, now), now);
  for (let i = 0; i < size; i += 1) addPull(random, world, random.between(from, now), now);
  return world;
}

export const ENVIRONMENTS = ['production', 'staging'] as const;

/** A deployment of main's latest commit that succeeds a minute after `createdMs`. */
export function deploySuccessfully(world: World, environment: string, createdMs: number): void {
  const created = seconds(createdMs);
  const deployment: FakeDeployment = {
    id: world.nextId++,
    environment,
    ref: 'main',
    sha: world.tip,
    created_at: iso(created),
    statuses: [],
  };
  world.repo.deployments.push(deployment);
  addStatus(world, deployment, 'success', created + MINUTE);
  world.repo.deployments.sort((a, b) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id,
  );
}

/** What changed between `then` and `now`: a few of every kind of edit. */
export function editWorld(random: Random, world: World, then: number, now: number): void {
  const repo = world.repo;
  const when = (): number => seconds(random.between(then, now));
  for (let i = random.int(0, 12); i > 0; i -= 1) addRun(random, world, when(), now);
  for (const run of repo.runs) {
    if (run.status !== 'completed' && random.chance(0.7)) finishRun(random, run, Date.parse(run.created_at), then, now);
    else if (run.status === 'completed' && random.chance(0.15)) rerun(random, run, then, now);
  }
  for (const deployment of repo.deployments) {
    if (!hasOutcome(deployment) && random.chance(0.6)) addStatus(world, deployment, outcome(random), when());
    else if (random.chance(0.05)) addStatus(world, deployment, 'inactive', when());
  }
  for (let i = random.int(0, 4); i > 0; i -= 1) addDeployment(random, world, when(), now);
  for (const issue of repo.issues) {
    if (issue.closed_at === null && random.chance(0.25)) {
      issue.closed_at = iso(when());
      issue.updated_at = issue.closed_at;
    } else if (random.chance(0.1)) {
      issue.labels = random.chance(0.5) ? ['incident'] : random.pick([['bug'], ['incident', 'bug'], []]);
      issue.updated_at = iso(Math.max(Date.parse(issue.updated_at), when()));
    } else if (issue.closed_at !== null && random.chance(0.05)) {
      // Reopened.
      issue.closed_at = null;
      issue.updated_at = iso(Math.max(Date.parse(issue.updated_at), when()));
    }
  }
  for (let i = random.int(0, 4); i > 0; i -= 1) addIssue(random, world, when(), now);
  for (const pull of repo.pulls) {
    if (pull.closed_at === null && random.chance(0.3)) {
      const merged = iso(when());
      pull.closed_at = merged;
      pull.merged_at = random.chance(0.8) ? merged : null;
      pull.updated_at = merged;
    } else if (random.chance(0.1)) pull.updated_at = iso(Math.max(Date.parse(pull.updated_at), when()));
  }
  for (let i = random.int(0, 4); i > 0; i -= 1) addPull(random, world, when(), now);
}

export function historyOf(world: World): FakeHistory {
  // A deep copy: the stand-in serves what it was given, and the next edit must not change an earlier run's view.
  return structuredClone({ repositories: [world.repo] });
}

function addRun(random: Random, world: World, createdMs: number, now: number): void {
  const created = seconds(createdMs);
  const workflow = random.chance(0.5) ? DEPLOY_WORKFLOW : CI_WORKFLOW;
  const run: FakeRun = {
    id: world.nextId++,
    workflow_id: workflow.id,
    head_branch: random.chance(0.7) ? 'main' : 'feature',
    event: random.chance(0.7) ? 'push' : 'pull_request',
    status: 'in_progress',
    conclusion: null,
    created_at: iso(created),
    updated_at: iso(created),
    run_started_at: iso(created),
    run_attempt: 1,
  };
  world.repo.runs.push(run);
  finishRun(random, run, created, created, now);
}

function finishRun(random: Random, run: FakeRun, started: number, from: number, now: number): void {
  const finished = seconds(Math.max(from, started) + random.int(1, 40) * MINUTE);
  if (finished > now) return;
  run.status = 'completed';
  run.conclusion = random.pick(['success', 'success', 'success', 'failure', 'cancelled', 'timed_out'] as const);
  run.updated_at = iso(finished);
}

/** A re-run, as SPEC §14 assumes: within 3 days of the run's creation. */
function rerun(random: Random, run: FakeRun, then: number, now: number): void {
  const created = Date.parse(run.created_at);
  const latest = Math.min(now, created + 3 * DAY - 41 * MINUTE);
  if (latest <= then) return;
  const started = seconds(random.between(then, latest));
  run.run_attempt += 1;
  run.run_started_at = iso(started);
  run.status = 'in_progress';
  run.conclusion = null;
  run.updated_at = iso(started);
  finishRun(random, run, started, started, now);
}

const OUTCOME_STATES = new Set(['success', 'failure', 'error']);

function hasOutcome(deployment: FakeDeployment): boolean {
  return deployment.statuses.some((status) => OUTCOME_STATES.has(status.state));
}

function outcome(random: Random): 'success' | 'failure' | 'error' {
  return random.pick(['success', 'success', 'failure', 'error'] as const);
}

function addStatus(
  world: World,
  deployment: FakeDeployment,
  state: FakeDeployment['statuses'][number]['state'],
  at: number,
): void {
  const last = deployment.statuses.at(-1);
  const time = Math.max(at, last ? Date.parse(last.created_at) : at);
  deployment.statuses.push({ id: world.nextId++, state, created_at: iso(time) });
}

function addDeployment(random: Random, world: World, createdMs: number, now: number): void {
  const created = seconds(createdMs);
  const deployment: FakeDeployment = {
    id: world.nextId++,
    environment: random.chance(0.7) ? 'production' : 'staging',
    ref: 'main',
    sha: shipped(random, world, created),
    created_at: iso(created),
    statuses: [],
  };
  world.repo.deployments.push(deployment);
  addStatus(world, deployment, 'queued', created + MINUTE);
  const done = created + random.int(2, 30) * MINUTE;
  if (done <= now && random.chance(0.8)) addStatus(world, deployment, outcome(random), done);
  // Sorted by creation, as the stand-in's history is.
  world.repo.deployments.sort((a, b) =>
    a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id,
  );
}

/** The sha a deployment at `created` ships: main's new commits (a line, or a merged pull request), or a roll-back. */
function shipped(random: Random, world: World, created: number): string {
  const earlier = world.repo.deployments.map((d) => d.sha).filter((sha) => sha !== undefined);
  if (earlier.length > 0 && random.chance(0.15)) return random.pick(earlier);
  if (random.chance(0.2)) return world.tip;
  const authored = () => ({ authored: iso(seconds(created - random.int(5, 3 * 24 * 60) * MINUTE)) });
  const changes = Array.from({ length: random.int(1, 3) }, authored);
  if (random.chance(0.3)) world.tip = world.graph.mergePull(world.tip, changes, iso(seconds(created - MINUTE))).merge;
  else world.tip = world.graph.line(world.tip, changes).at(-1)!;
  return world.tip;
}

function addIssue(random: Random, world: World, createdMs: number, now: number): void {
  const created = seconds(createdMs);
  const closed = created + random.int(10, 3000) * MINUTE;
  const isClosed = closed <= now && random.chance(0.6);
  const issue: FakeIssue = {
    number: world.nextId++,
    title: 'Something broke',
    user: 'octocat',
    labels: random.pick([['incident'], ['incident'], ['bug'], ['incident', 'bug'], []]),
    created_at: iso(created),
    updated_at: iso(isClosed ? closed : created),
    closed_at: isClosed ? iso(closed) : null,
    is_pull_request: random.chance(0.15),
  };
  world.repo.issues.push(issue);
}

function addPull(random: Random, world: World, createdMs: number, now: number): void {
  const created = seconds(createdMs);
  const closed = created + random.int(10, 3000) * MINUTE;
  const isClosed = closed <= now && random.chance(0.7);
  const pull: FakePull = {
    number: world.nextId++,
    title: 'Change',
    user: 'octocat',
    base: random.chance(0.8) ? 'main' : 'develop',
    head: 'feature',
    created_at: iso(created),
    updated_at: iso(isClosed ? closed : created),
    closed_at: isClosed ? iso(closed) : null,
    merged_at: isClosed && random.chance(0.8) ? iso(closed) : null,
  };
  world.repo.pulls.push(pull);
}
