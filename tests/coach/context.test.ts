import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { deliveryVerb } from '../../src/coach/delivery-verbs.js';
import { quantityIn } from '../../src/coach/quantitative-objective.js';
import type { Status } from '../../src/model/status.js';
import { parseCorpus } from './corpus.js';

const company = parseCorpus('company.yml');

describe('no-stretch: every key result achieved late in the period', () => {
  const okrs = parseCorpus('good/developer-experience.yml');
  const keys = okrs.objectives.flatMap((o) => o.keyResults.map((kr) => `${o.id}/${kr.id}`));
  const all = (status: Status) => new Map(keys.map((key) => [key, status]));

  it('fires once, on the objectives line, with 90% of the period gone', () => {
    const findings = coach({ okrs, company, elapsed: 0.9, isPullRequest: false, statuses: all('achieved') });
    expect(findings).toMatchObject([{ rule: 'no-stretch', line: 8 }]);
    expect(findings[0]?.message).toContain('90% of the period gone');
  });

  it('is silent earlier in the period, or when one key result is not achieved', () => {
    expect(coach({ okrs, company, elapsed: 0.89, isPullRequest: false, statuses: all('achieved') })).toEqual([]);
    const oneShort = all('achieved');
    oneShort.set(keys[0]!, 'on-track');
    expect(coach({ okrs, company, elapsed: 0.95, isPullRequest: false, statuses: oneShort })).toEqual([]);
  });
});

describe('unknown-alignment needs a company file that was read', () => {
  const okrs = parseCorpus('unknown-alignment/fires.yml');
  it('is silent when the company file was skipped or not given', () => {
    expect(coach({ okrs, company: { skipped: 'remote' }, elapsed: 0, isPullRequest: false })).toEqual([]);
    expect(coach({ okrs, elapsed: 0, isPullRequest: false })).toEqual([]);
  });
  it('names the ids it could have used', () => {
    const [finding] = coach({ okrs, company, elapsed: 0, isPullRequest: false });
    expect(finding?.message).toContain('`reliability`, `speed`, `customer-love`');
  });
});

describe('coach', () => {
  it('sorts findings by line, then rule', () => {
    const okrs = parseCorpus('kr-count/fires.yml');
    okrs.objectives[1]!.alignsTo = undefined;
    const findings = coach({ okrs, company, elapsed: 0, isPullRequest: false });
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['6 kr-count', '13 kr-count', '13 unaligned']);
  });
});

describe('what counts as a number in an objective', () => {
  it.each([
    ['Reach 99.9% uptime', '99.9%'],
    ['Grow revenue 10x', '10x'],
    ['Serve 1,000 merchants', '1,000'],
    ['Cut churn by 5 percent', '5 percent'],
    ['Hit 5k users', '5k'],
    ['Web3 wallets, B2B, P99, 5G, H2, Q4, COVID-19, 1st', undefined],
    ['Make 2027 the year of self-service', undefined],
    ['Be the #1 choice, 24/7', undefined],
  ])('%s → %s', (title, quantity) => {
    expect(quantityIn(title)).toBe(quantity);
  });
});

describe('what reads as a verb of delivery', () => {
  it.each([
    ['Ship the wizard', 'ship'],
    ['Shipped the wizard', 'ship'],
    ['Shipping docs', 'ship'],
    ['WRITE 10 runbooks', 'write'],
    ['Did the migration', 'do'],
    ['Migrating to Postgres', 'migrate'],
    ['Build time falls from 20m to 8m', undefined],
    ['Release frequency doubles', undefined],
    ['Deploy time falls', undefined],
    ['Shipment errors fall', undefined],
  ])('%s → %s', (title, verb) => {
    expect(deliveryVerb(title)).toBe(verb);
  });
});
