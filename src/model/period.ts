/** An OKR period (SPEC §2), in UTC: what `period:` in the OKR file becomes. */
export interface Period {
  /** `2026-Q4`, `2026-H1`, `2026`, or the custom name (default `START..END`). */
  name: string;
  /** Inclusive start, UTC midnight. */
  start: Date;
  /** Exclusive end, UTC midnight after the last day. */
  end: Date;
}
