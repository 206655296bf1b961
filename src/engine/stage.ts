import type { Stage, Trimester } from './types.js';

/** An inclusive range of completed weeks. */
export interface WeekRange {
  from: number;
  to: number;
}

export const MIN_WEEKS = 0;
export const MAX_WEEKS = 45;

/** ACOG's trimesters, as clinical/SPEC.md §2 fixes them for stages and causes. */
const STAGE_WEEKS: Record<Exclude<Stage, 'unknown'>, WeekRange> = {
  early: { from: 0, to: 13 },
  mid: { from: 14, to: 27 },
  late: { from: 28, to: 45 },
};

const TRIMESTER_STAGE: Record<Trimester, Exclude<Stage, 'unknown'>> = {
  first: 'early',
  second: 'mid',
  third: 'late',
};

/**
 * The widest reading of each trimester across the conventions people meet (NHS, Mayo old and
 * new, ACOG): urgency and advice take the most urgent week inside it (SPEC §2).
 */
const TRIMESTER_WIDEST_WEEKS: Record<Trimester, WeekRange> = {
  first: { from: 0, to: 13 },
  second: { from: 13, to: 27 },
  third: { from: 25, to: 45 },
};

const ALL_WEEKS: WeekRange = { from: MIN_WEEKS, to: MAX_WEEKS };

export function stageOfWeek(weeks: number): Exclude<Stage, 'unknown'> {
  if (weeks <= STAGE_WEEKS.early.to) return 'early';
  if (weeks <= STAGE_WEEKS.mid.to) return 'mid';
  return 'late';
}

interface Dating {
  weeks?: number;
  trimester?: Trimester;
}

/** The stage shown to the person and used for causes. */
export function stageOf({ weeks, trimester }: Dating): Stage {
  if (weeks !== undefined) return stageOfWeek(weeks);
  if (trimester !== undefined) return TRIMESTER_STAGE[trimester];
  return 'unknown';
}

/** The weeks the answer could mean when deciding urgency and advice: the widest reading. */
export function urgencyWeeks({ weeks, trimester }: Dating): WeekRange {
  if (weeks !== undefined) return { from: weeks, to: weeks };
  if (trimester !== undefined) return TRIMESTER_WIDEST_WEEKS[trimester];
  return ALL_WEEKS;
}

/** The weeks the answer could mean when naming causes: the person's own stage. */
export function causeWeeks(dating: Dating): WeekRange {
  if (dating.weeks !== undefined) return { from: dating.weeks, to: dating.weeks };
  const stage = stageOf(dating);
  return stage === 'unknown' ? ALL_WEEKS : STAGE_WEEKS[stage];
}
