/**
 * What calibration (SPEC §13) costs: the engine's requests without it, with it (each listing widened back a
 * period), and the previous period's listings read on their own (what calibrating would cost without sharing).
 */
import { integer, percent, seconds, table } from './format.js';

export interface CalibrationRun {
  scale: number;
  plain: number;
  calibrated: number;
  previousOnly: number;
  plainWallMs: number;
  calibratedWallMs: number;
}

export function printCalibrationCost(runs: readonly CalibrationRun[]): void {
  const rows = runs.map((run) => [
    `${run.scale}×`,
    integer(run.plain),
    integer(run.calibrated),
    `+${integer(run.calibrated - run.plain)} (${percent((run.calibrated - run.plain) / run.plain)})`,
    integer(run.previousOnly),
    integer(run.plain + run.previousOnly),
    integer(run.plain + run.previousOnly - run.calibrated),
    `${seconds(run.plainWallMs)} → ${seconds(run.calibratedWallMs)}`,
  ]);
  console.log('Calibration: requests without it, with it (listings widened), and with separate listings instead');
  const head = [
    'scale',
    'without',
    'calibrating',
    'added',
    'previous period alone',
    'separate listings',
    'saved by sharing',
    'wall time',
  ];
  console.log(table(head, rows), '\n');
}
