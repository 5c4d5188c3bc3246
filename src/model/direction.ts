/** Which way a metric improves: up (`increase`) or down (`decrease`). */
export type Direction = 'increase' | 'decrease';
