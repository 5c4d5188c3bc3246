/** `seconds`, `count`, `per-day`, `per-week`, `ratio`, or the label a `value` metric names. */
export type Unit = string;

/** The unit of a `value` metric that names none. */
export const DEFAULT_VALUE_UNIT = 'value';
