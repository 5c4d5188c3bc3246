import { describe, expect, it } from 'vitest';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { errorsOf, FILE } from './errors-of.js';
import { parseRepositoryName } from '../../src/syntax/repository.js';

const HEAD = ['version: 1', 'period: 2026-Q4', 'objectives:', '  - title: Reliable', '    key-results:'];
const kr = (metric: string) => ['      - title: Fewer incidents', `        metric: ${metric}`, '        target: 4'];
/** A small valid file whose third line is `company: …`. */
const withCompany = (company: string) => [
  'version: 1',
  'period: 2026-Q4',
  `company: ${company}`,
  'objectives:',
  '  - title: Reliable',
  '    key-results:',
  ...kr('{type: issue-count}'),
];

describe('repository names', () => {
  it.each([
    'acme/payments',
    'acme/.github',
    'octo-org/repo.name_with-all',
    'a/b',
    'user_acme/emu-repo',
    'old--account-/legacy',
  ])('accepts %s', (name) => {
    expect(parseRepositoryName(name)).toMatchObject({ ok: true, fullName: name });
  });

  it.each([
    ['../..', 'the owner must be'],
    ['acme/..', 'cannot be only dots'],
    ['acme/.', 'cannot be only dots'],
    ['./payments', 'the owner must be'],
    ['acme/payments/issues', 'more than one "/"'],
    ['acme//payments', 'more than one "/"'],
    ['acme', 'no "/"'],
    ['acme/pay%2Fments', 'the name may hold'],
    ['%2e%2e/payments', 'the owner must be'],
    ['acme/pay ments', 'the name may hold'],
    ['-acme/payments', 'the owner must be'],
    [`acme/${'x'.repeat(101)}`, 'the name may hold'],
    [`${'x'.repeat(40)}/payments`, 'the owner must be'],
    ['https://github.com/acme/payments', 'more than one "/"'],
  ])('refuses %s', (name, why) => {
    const parsed = parseRepositoryName(name);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(why);
  });

  it('in the OKR file, a dot-segment repository is an error on its line', () => {
    expect(errorsOf(...HEAD, ...kr('{type: issue-count, repository: ../..}'))).toEqual([
      `${FILE}:7:49: objectives[0].key-results[0].metric.repository: expected a repository like "acme/payments" ` +
        `(owner/name), got "../..": the owner must be a GitHub user or organisation name (letters, digits and hyphens)`,
    ]);
  });

  it('a company ref is a git ref: a newline (a workflow command in the log) is an error on its line', () => {
    const file = (ref: string) => withCompany(`{path: okrs/company.yml, ref: ${JSON.stringify(ref)}}`);
    const company = (ref: string) => errorsOf(...file(ref));
    for (const ref of ['main', 'v2.1', 'release/2026-q4', 'a'.repeat(40)]) {
      const parsed = parseOkrFile(file(ref).join('\n'), FILE);
      expect(parsed.ok && parsed.okrs.company?.ref).toBe(ref);
    }
    for (const ref of ['main\n::error file=x,line=1::forged', 'a b', '-main', 'a..b', 'HEAD@{1}', 'x:y', 'a~1']) {
      const errors = company(ref);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^[^:]+:3:\d+: company\.ref: expected a branch, tag or commit/);
      expect(errors[0]).not.toContain('\n');
    }
  });

  it('a company repository is checked the same way', () => {
    const errors = errorsOf(...withCompany('{repository: acme/.., path: okrs/company.yml}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^\.github\/okrs\.yml:3:\d+: company\.repository: expected a repository .*"acme\/\.\.".*only dots/,
    );
  });
});

describe('company file path', () => {
  it.each(['.git/config', 'okrs/../.git/config', '/etc/passwd', 'sub/.GIT/config'])(
    'refuses %s on its line',
    (path) => {
      const errors = errorsOf(...withCompany(`{path: "${path}"}`));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^\.github\/okrs\.yml:3:\d+: company\.path: expected a file path inside the repository/,
      );
    },
  );
});

describe('labels', () => {
  it('a label with a comma is refused on its line, since GitHub would read it as two', () => {
    expect(errorsOf(...HEAD, ...kr('{type: issue-count, labels: [incident, "sev1,sev2"]}'))).toEqual([
      `${FILE}:7:56: objectives[0].key-results[0].metric.labels[1]: label "sev1,sev2" contains a comma, which ` +
        `GitHub's label filter reads as two labels; list each label separately (labels: [a, b]), or rename the label`,
    ]);
    expect(errorsOf(...HEAD, ...kr('{type: time-to-close, labels: "a,b"}'))[0]).toMatch(
      /:7:\d+: objectives\[0\]\.key-results\[0\]\.metric\.labels: label "a,b" contains a comma/,
    );
  });

  it('labels without commas, spaces and colons included, are fine', () => {
    const parsed = parseOkrFile(
      [...HEAD, ...kr('{type: issue-count, labels: ["kind: bug", good first issue]}')].join('\n'),
      FILE,
    );
    expect(parsed.ok).toBe(true);
  });
});
