/**
 * The benchmark's 10× history: the demo's, with every completed CI run (`ci.yml`) created from `from` on
 * joined by `factor − 1` siblings spread over the next few minutes with durations varied by up to ±20%, so that
 * the quarter holds tens of thousands of runs whose statistics are not simply the 1× ones repeated. Runs before
 * `from` stay as they are: only the obvious approach reads them (all of history), and scaling them too would
 * only make it slower still and the benchmark longer. Everything else is left as it is. Done here rather than in
 * demo/ so that `demoHistory()` stays exactly what the demo and its tests know.
 */
import type { FakeHistory, FakeRepository, FakeRun } from '../../src/fake-github/history.js';
import { createRandom } from '../../demo/random.js';

export const CI_WORKFLOW_PATH = '.github/workflows/ci.yml';

export function scaleCiRuns(history: FakeHistory, factor: number, repository: string, from: Date): FakeHistory {
  if (factor === 1) return history;
  return {
    repositories: history.repositories.map((repo) =>
      repo.fullName === repository ? scaleRepository(repo, factor, from.getTime()) : repo,
    ),
  };
}

function scaleRepository(repo: FakeRepository, factor: number, from: number): FakeRepository {
  const ci = repo.workflows.find((workflow) => workflow.path === CI_WORKFLOW_PATH);
  if (!ci) throw new Error(`${repo.fullName} has no ${CI_WORKFLOW_PATH} to scale`);
  const random = createRandom(10);
  const siblings = repo.runs
    .filter((run) => run.workflow_id === ci.id && run.status === 'completed' && Date.parse(run.created_at) >= from)
    .flatMap((run) =>
      Array.from({ length: factor - 1 }, () => sibling(run, random.int(1, 600), random.between(0.8, 1.2))),
    );
  // GitHub's run ids grow with time; the stand-in lists newest first by id, so renumber in creation order.
  const runs = [...repo.runs, ...siblings]
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id)
    .map((run, index) => ({ ...run, id: 15_873_000_000 + index * 7 }));
  return { ...repo, runs };
}

/** The same kind of run `shiftSeconds` later, its duration stretched by `stretch`. */
function sibling(run: FakeRun, shiftSeconds: number, stretch: number): FakeRun {
  const shift = (iso: string) =>
    new Date(Date.parse(iso) + shiftSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const created_at = shift(run.created_at);
  const started = run.run_started_at === undefined ? undefined : shift(run.run_started_at);
  const from = Date.parse(started ?? created_at);
  const duration = Math.max(0, Date.parse(shift(run.updated_at)) - from);
  const updated_at = new Date(from + Math.round((duration * stretch) / 1000) * 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const copy: FakeRun = { ...run, created_at, updated_at };
  if (started === undefined) delete copy.run_started_at;
  else copy.run_started_at = started;
  return copy;
}
