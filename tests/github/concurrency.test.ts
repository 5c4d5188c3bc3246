import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/github/concurrency.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrent', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrent([30, 10, 20, 5, 15], 2, async (ms) => {
      most = Math.max(most, ++running);
      await tick(ms);
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10, 30]);
    expect(most).toBe(2);
  });

  it('starts nothing after a failure, and rejects with the first failure in time', async () => {
    const started: number[] = [];
    const outcome = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      if (i === 1) {
        await tick(5);
        throw new Error('first');
      }
      if (i === 0) {
        await tick(20);
        throw new Error('second');
      }
      await tick(50);
      return i;
    });
    await expect(outcome).rejects.toThrow('first');
    // Item 1 failed while item 0 was still running: no further item was started,
    // and 0's later failure is not the one reported.
    expect(started).toEqual([0, 1]);
  });
});
