import { describe, expect, it } from 'vitest';
import {
  parseDuration,
  parsePercentage,
  parseRateValue,
  parseValue,
  ValueSyntaxError,
} from '../../src/syntax/values.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['45m', 2_700],
    ['1h30m', 5_400],
    ['1h 30m', 5_400],
    ['2d', 172_800],
    ['1w', 604_800],
    ['1w2d3h4m5s', 604_800 + 2 * 86_400 + 3 * 3_600 + 4 * 60 + 5],
    ['0s', 0],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '10', '1.5h', '30m1h', '1hh', '-5m', '10 minutes', '1y'])(
    'rejects %j, saying the expected form',
    (text) => {
      expect(() => parseDuration(text)).toThrow(ValueSyntaxError);
      expect(() => parseDuration(text)).toThrow(/expected a duration like 90s, 45m, 1h30m, 2d or 1w/);
    },
  );
});

describe('parsePercentage', () => {
  it.each([
    ['99.9%', 0.999],
    ['0%', 0],
    ['100%', 1],
    ['12.5%', 0.125],
    ['0.1%', 0.001],
    ['-5%', -0.05],
  ])('%s is exactly %d', (text, fraction) => {
    expect(parsePercentage(text)).toBe(fraction);
  });

  it('rejects text that is not a percentage', () => {
    expect(() => parsePercentage('99.9')).toThrow('expected a percentage like 99.9%, got the text "99.9"');
  });
});

describe('parseValue', () => {
  it.each<[unknown, number]>([
    [12, 12],
    [-3.5, -3.5],
    [0, 0],
    ['45m', 2_700],
    ['99.9%', 0.999],
    ['12', 12],
  ])('%j is %d', (input, value) => {
    expect(parseValue(input)).toBe(value);
  });

  it.each<unknown>(['fast', '', null, true, [1], Number.NaN])('rejects %j, naming every accepted form', (input) => {
    expect(() => parseValue(input)).toThrow(
      /^expected a number, a duration like 45m or 1h30m, or a percentage like 99\.9%, got /,
    );
  });

  it('quotes untrusted text safely in the message', () => {
    expect(() => parseValue('a\nb')).toThrow('got the text "a\\nb"');
  });
});

describe('parseRateValue', () => {
  it.each([
    ['14%', 0.14],
    ['0%', 0],
    ['100%', 1],
    [' 99.5 % ', 0.995],
  ])('%j is the share %d', (text, share) => {
    expect(parseRateValue(text)).toBe(share);
  });

  it.each([
    [14, 'expected a percentage like 14%, got the number 14'],
    [0.14, 'expected a percentage like 14%, got the number 0.14 (write 14% for a share of 0.14)'],
    [1, 'expected a percentage like 14%, got the number 1 (write 100% for a share of 1)'],
    ['140%', 'expected a percentage between 0% and 100%, got 140%'],
    ['-5%', 'expected a percentage between 0% and 100%, got -5%'],
    ['45m', 'expected a percentage like 14%, got the text "45m"'],
  ])('refuses %j', (input, message) => {
    expect(() => parseRateValue(input)).toThrow(new ValueSyntaxError(message));
  });
});
