import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../src/options/iso-time.js';
import { parseOption } from '../../src/options/schema.js';
import { readInputs } from '../../src/action/inputs.js';
import { parseCli } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/argv.js';

describe('parseIsoTime: strict ISO 8601', () => {
  it.each([
    ['2026-11-28', '2026-11-28T00:00:00.000Z'],
    ['2026-11-28T12:00:00Z', '2026-11-28T12:00:00.000Z'],
    ['2026-11-28T12:00Z', '2026-11-28T12:00:00.000Z'],
    ['2026-11-28t12:00:00z', '2026-11-28T12:00:00.000Z'],
    ['2026-11-28T12:00:00.250Z', '2026-11-28T12:00:00.250Z'],
    ['2026-11-28T13:00:00+01:00', '2026-11-28T12:00:00.000Z'],
    ['2026-11-28T07:30:00-0430', '2026-11-28T12:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseIsoTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    'yesterday 1',
    'now',
    '1',
    '2026',
    '2026-11',
    '2026-11-28T12:00:00', // no offset: whose local time?
    '2026-11-28 12:00:00Z',
    '2026-13-01',
    '2026-02-30',
    '2025-02-29T00:00:00Z',
    '2026-11-28T24:00:00Z',
    '2026-11-28T12:60:00Z',
    '2026-11-28T12:00:00+25:00',
    'Sat, 28 Nov 2026 12:00:00 GMT',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoTime(text)).toBeUndefined();
  });
});

describe('one schema for the options the action and the CLI share', () => {
  const inputsWith = (values: Record<string, string>) => {
    const read = readInputs((name) => values[name] ?? '', 'acme/payments');
    return read.ok ? { ok: true as const, inputs: read.inputs } : { ok: false as const, errors: read.errors };
  };
  const cliError = (...argv: string[]) => {
    try {
      parseCli(argv, false);
    } catch (error) {
      if (error instanceof UsageError) return error.message;
      throw error;
    }
    throw new Error('expected a usage error');
  };

  it.each([
    ['as-of', '--as-of', 'yesterday 1'],
    ['as-of', '--as-of', '2026-11-28T12:00:00'],
    ['fail-on', '--fail-on', 'sometimes'],
    ['repository', '--repo', 'not a repo'],
    ['deadline', '--deadline', 'soon'],
    ['deadline', '--deadline', '0s'],
    ['deadline', '--deadline', '4w'],
    ['deadline', '--deadline', '25d'],
  ])('input %s and flag %s say the same about %j', (input, flag, value) => {
    const action = inputsWith({ [input]: value });
    const message = action.ok ? undefined : action.errors[0]!.replace(`input "${input}": `, '');
    expect(action.ok).toBe(false);
    expect(cliError(flag, value)).toBe(`${flag}: ${message}`);
  });

  it('names what was expected and what was given', () => {
    expect(inputsWith({ 'as-of': 'yesterday 1' })).toEqual({
      ok: false,
      errors: [
        'input "as-of": expected an ISO 8601 time like 2026-11-28T12:00:00Z (or a date like 2026-11-28), got ' +
          '"yesterday 1"',
      ],
    });
    expect(cliError('--fail-on', 'sometimes')).toBe(
      '--fail-on: expected one of error, off-track, finding, never, got "sometimes"',
    );
    expect(cliError('--deadline', '10')).toBe(
      '--deadline: expected a duration like 90s, 45m, 1h30m, 2d or 1w, longer than zero, got "10"',
    );
    // Past 2^31-1 ms Node's timer fires at once, and every key result would error (issue #21 item 3).
    expect(cliError('--deadline', '25d')).toBe(
      '--deadline: expected at most 1d, got "25d": the deadline is how long to read GitHub before reporting what ' +
        'was read, and a run that has read nothing in a day will not read it later',
    );
    expect(parseCli(['--deadline', '1d'], false)).toMatchObject({ deadline: 86_400 });
    expect(parseOption('metrics', '[1, 2]')).toEqual({
      ok: false,
      message: 'expected a JSON object, e.g. {"p99-latency-ms": 87}',
    });
  });

  it('reads the same values the same way', () => {
    const action = inputsWith({ 'as-of': '2026-11-28T13:00:00+01:00', 'fail-on': 'off-track', metrics: '{"a": 1}' });
    const cli = parseCli(
      ['--as-of', '2026-11-28T13:00:00+01:00', '--fail-on', 'off-track', '--repo', 'acme/payments'],
      false,
    );
    expect(action.ok && action.inputs).toMatchObject({
      asOf: new Date('2026-11-28T12:00:00Z'),
      failOn: 'off-track',
      metrics: { a: 1 },
      repository: 'acme/payments',
    });
    expect(cli).toMatchObject({ asOf: new Date('2026-11-28T12:00:00Z'), failOn: 'off-track', repo: 'acme/payments' });
  });

  it('leaves an empty as-of to mean now, and fail-on to default to error', () => {
    expect(inputsWith({})).toMatchObject({
      ok: true,
      inputs: { asOf: undefined, failOn: 'error', metrics: {}, deadline: 300 },
    });
    expect(parseCli([], false)).toMatchObject({ asOf: undefined, failOn: 'error', deadline: 300 });
    expect(parseCli(['--deadline', '1m30s'], false)).toMatchObject({ deadline: 90 });
  });
});
