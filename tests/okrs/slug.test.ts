import { describe, expect, it } from 'vitest';
import { slug } from '../../src/okrs/slug.js';

describe('slug', () => {
  it.each([
    ['Reduce deployment time from 45 minutes to 10 minutes', 'reduce-deployment-time-from-45-minutes-to-10-minutes'],
    ['  Cut incidents by 50%!  ', 'cut-incidents-by-50'],
    ['Qualité & Sécurité', 'qualite-securite'],
    ['a---b__c', 'a-b-c'],
    ['P99 < 100 ms', 'p99-100-ms'],
  ])('%j → %j', (title, expected) => {
    expect(slug(title)).toBe(expected);
  });

  it('falls back to a non-empty id when nothing ascii is left', () => {
    expect(slug('🚀🚀')).toBe('untitled');
    expect(slug('!!!', 'key-result')).toBe('key-result');
  });

  it('keeps long slugs short, never ending in a dash', () => {
    const long = slug('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
