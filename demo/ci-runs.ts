/**
 * CI runs (`ci.yml`) and the nightly build (`nightly.yml`). CI runs on every push and pull request, 40–60 a
 * weekday, so a quarter holds several thousand: more than the 1,000 results GitHub returns for one filtered
 * listing. Builds get slowly faster and less flaky; some runs fail, are cancelled, time out, fail to start,
 * or are re-run.
 */
import type { DraftPull, DraftRun } from './drafts.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, days, drift, isWeekday } from './time.js';
import { AS_OF, FIRST_DAY, LAST_DAY } from './timeline.js';

export function generateCiRuns(random: Random, pulls: readonly DraftPull[]): DraftRun[] {
  const runs: DraftRun[] = [];
  for (const day of days(FIRST_DAY, LAST_DAY)) {
    const open = pulls.filter((pull) => pull.created < day + DAY && (pull.closed === null || pull.closed > day));
    const count = isWeekday(day) ? random.int(40, 60) : random.int(0, 6);
    for (let i = 0; i < count; i++) {
      // The mean of two uniforms clusters the work in the middle of the (UTC) working day.
      const created = day + Math.round((7 + 7 * (random.next() + random.next())) * HOUR);
      runs.push(
        ciRun(
          random,
          created,
          open.filter((pull) => pull.created <= created),
        ),
      );
    }
    runs.push(nightlyRun(random, day));
  }
  return [...runs, ...stuckRuns()];
}

function ciRun(random: Random, created: number, open: readonly DraftPull[]): DraftRun {
  const pull = open.length > 0 && random.chance(0.7) ? random.pick(open) : undefined;
  const event = pull && random.chance(0.75) ? 'pull_request' : 'push';
  const median = drift(created, FIRST_DAY, LAST_DAY, 12 * MINUTE, 8 * MINUTE);
  const full = (): number => Math.round(random.logNormal(median, 0.3));
  let started: number | undefined = created + Math.max(1, Math.round(random.logNormal(12, 0.8)));
  let finished: number;
  let conclusion: DraftRun['conclusion'];
  // Flaky tests get fixed over the half year: failures fall from ~13% to ~4%.
  const outcome = random.next() - drift(created, FIRST_DAY, LAST_DAY, 0.13, 0.04);
  if (outcome < 0) [finished, conclusion] = [started + Math.round(full() * random.between(0.15, 0.9)), 'failure'];
  else if (outcome < 0.03)
    [finished, conclusion] = [started + Math.round(full() * random.between(0.05, 0.7)), 'cancelled'];
  else if (outcome < 0.035) [finished, conclusion] = [started + 30 * MINUTE + random.int(5, 40), 'timed_out'];
  else if (outcome < 0.038) [started, finished, conclusion] = [created, created + random.int(1, 4), 'startup_failure'];
  else [finished, conclusion] = [started + full(), 'success'];
  // Someone re-runs a red build now and then; GitHub keeps the run id and created_at, the latest attempt wins.
  let attempt = 1;
  while ((conclusion === 'failure' || conclusion === 'timed_out') && attempt < 3 && random.chance(0.3)) {
    attempt += 1;
    started = finished + Math.round(random.logNormal(20 * MINUTE, 1));
    finished = started + full();
    conclusion = random.chance(0.85) ? 'success' : 'failure';
  }
  // The oldest runs sometimes lack run_started_at; the metric then falls back to created_at.
  if (created < FIRST_DAY + 31 * DAY && random.chance(0.01)) started = undefined;
  return { workflow: 'ci', branch: pull?.head ?? 'main', event, created, started, finished, conclusion, attempt };
}

function nightlyRun(random: Random, day: number): DraftRun {
  const created = day + 3 * HOUR + random.int(0, 300);
  const started = created + random.int(2, 30);
  const finished = started + Math.round(random.logNormal(6 * MINUTE, 0.2));
  const conclusion = random.chance(0.05) ? 'failure' : 'success';
  return { workflow: 'nightly', branch: 'main', event: 'schedule', created, started, finished, conclusion, attempt: 1 };
}

/** Runs caught on a lost runner just before the demo's evaluation time: still queued or in progress. */
function stuckRuns(): DraftRun[] {
  const stuck = (minutesBefore: number, started: boolean): DraftRun => ({
    workflow: 'ci',
    branch: 'main',
    event: 'push',
    created: AS_OF - minutesBefore * MINUTE,
    started: started ? AS_OF - minutesBefore * MINUTE + 9 : Infinity,
    finished: Infinity,
    // Never reached: the snapshot shows these runs without a conclusion.
    conclusion: 'success',
    attempt: 1,
  });
  return [stuck(41, true), stuck(17, true), stuck(6, false)];
}
