/**
 * Pull requests: a few a weekday, mostly into main, a few backports into the month's release branch. Review
 * gets quicker over the half year (the team's velocity objective); some are closed without merging.
 */
import type { DraftPull } from './drafts.js';
import { AREAS, BRANCH_PREFIXES, CHANGE_VERBS, ENGINEERS, PARTS, slug } from './names.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, days, drift, isWeekday } from './time.js';
import { FIRST_DAY, LAST_DAY } from './timeline.js';

export function generatePulls(random: Random): DraftPull[] {
  const pulls: DraftPull[] = [];
  for (const day of days(FIRST_DAY, LAST_DAY)) {
    const count = isWeekday(day) ? random.int(3, 8) : random.chance(0.25) ? 1 : 0;
    for (let i = 0; i < count; i++)
      pulls.push(pull(random, day + Math.round(random.between(7, 20) * HOUR), pulls.length));
  }
  return pulls;
}

function pull(random: Random, created: number, serial: number): DraftPull {
  const area = random.pick(AREAS);
  const part = random.pick(PARTS);
  const backport = random.chance(0.05);
  const month = new Date(created * 1000).toISOString().slice(0, 7).replace('-', '.');
  // Backports are small hotfixes and merge fast; ordinary reviews speed up from ~30 h to ~11 h at the median.
  const median = backport ? 3 * HOUR : drift(created, FIRST_DAY, LAST_DAY, 30 * HOUR, 11 * HOUR);
  const abandoned = random.chance(0.08);
  const open = abandoned ? random.logNormal(2 * DAY, 1) : random.logNormal(median, 1.1);
  return {
    title: `${random.pick(CHANGE_VERBS)} ${area} ${part}`,
    user: random.pick(ENGINEERS),
    base: backport ? `release/${month}` : 'main',
    head: `${random.pick(BRANCH_PREFIXES)}/${slug(`${area} ${part}`)}-${serial + 1}`,
    created,
    closed: created + Math.round(Math.min(9 * DAY, Math.max(50 * MINUTE, open))),
    merged: !abandoned,
  };
}
