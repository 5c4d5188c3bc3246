import type { Direction } from '../model/direction.js';

/** SPEC §4's direction of a key result: the one scoring uses. */
export { resolveDirection as goalDirection } from '../scoring.js';

/** How much better `b` is than `a` when moving in `direction` (negative = worse). */
export function improvement(direction: Direction, a: number, b: number): number {
  return direction === 'increase' ? b - a : a - b;
}
