// The minimum cells an execution must read, against which the report's "ratio" column is
// computed, one function per step.
import {minimumRecomputeCells} from '../../src/local/minimum-cells';
import type {World} from './world';

export type Minimum = (world: World, period: string) => number;

/** The columns recompute needs (src/sheets/read-columns.ts) of the input tables and the tabs. */
export const recomputeMinimum: Minimum = (world, period) =>
  minimumRecomputeCells(world.emulator.workbook, period);

/** Which minimum each step's ratio uses (steps absent here show no ratio). */
export const MINIMUM: Record<string, Minimum> = {
  recompute: recomputeMinimum,
  'recompute again': recomputeMinimum,
  'recompute closed': recomputeMinimum,
};

/** How the minimum is defined, for the report's notes. */
export const MINIMUM_NOTE =
  'minimum = rows x the columns the appraisal needs (src/sheets/read-columns.ts) of the input ' +
  "tables and of the period's appraisal tabs";
