/**
 * Issues: incidents (with a severity label) that become rarer and are resolved faster as the reliability work
 * lands, a steady flow of bugs, and slower-moving tech debt and enhancement requests, some never closed.
 */
import type { DraftIssue } from './drafts.js';
import { AREAS, BUG_SYMPTOMS, ENGINEERS, INCIDENTS, PARTS } from './names.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, days, drift, isWeekday } from './time.js';
import { FIRST_DAY, LAST_DAY } from './timeline.js';

export function generateIssues(random: Random): DraftIssue[] {
  const issues: DraftIssue[] = [];
  for (const day of days(FIRST_DAY, LAST_DAY)) {
    // Incidents happen at any hour, weekends included.
    if (random.chance(drift(day, FIRST_DAY, LAST_DAY, 0.15, 0.06))) issues.push(incident(random, day));
    if (!isWeekday(day)) continue;
    const at = (): number => day + Math.round(random.between(8, 19) * HOUR);
    for (let i = random.int(0, 2); i > 0; i--) {
      const title = `${capitalise(random.pick(AREAS))} ${random.pick(BUG_SYMPTOMS)}`;
      issues.push(issue(random, title, ['bug'], at(), 0.85, 4 * DAY, 1));
    }
    if (random.chance(0.25)) {
      const title = `Clean up ${random.pick(AREAS)} ${random.pick(PARTS)}`;
      issues.push(issue(random, title, ['tech-debt'], at(), 0.6, 18 * DAY, 0.8));
    }
    if (random.chance(0.3)) {
      const title = `Allow merchants to configure ${random.pick(AREAS)} ${random.pick(PARTS)}`;
      issues.push(issue(random, title, ['enhancement'], at(), 0.55, 14 * DAY, 0.9));
    }
  }
  return issues;
}

function incident(random: Random, day: number): DraftIssue {
  const created = day + random.int(0, DAY - 1);
  const severity = random.next();
  const label = severity < 0.15 ? 'sev1' : severity < 0.6 ? 'sev2' : 'sev3';
  const median = drift(created, FIRST_DAY, LAST_DAY, 30 * HOUR, 12 * HOUR);
  return {
    title: `Incident: ${random.pick(INCIDENTS)}`,
    user: random.pick(ENGINEERS),
    labels: ['incident', label],
    created,
    closed: created + Math.round(Math.max(20 * MINUTE, random.logNormal(median, 0.8))),
  };
}

function issue(
  random: Random,
  title: string,
  labels: string[],
  created: number,
  closeChance: number,
  median: number,
  sigma: number,
): DraftIssue {
  const closes = random.chance(closeChance);
  return {
    title,
    user: random.pick(ENGINEERS),
    labels,
    created,
    closed: closes ? created + Math.round(Math.max(HOUR, random.logNormal(median, sigma))) : null,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
