import {
  COMPARATOR_SIGNS,
  type CriteriaEvaluation,
  type CriterionEvaluation,
  type CriterionStatus,
} from '@proprio/clinical';
import type { PhaseSummary } from '@proprio/contracts';

/** Shown as text, not only as colour, so the status reads without seeing it. */
export const CRITERION_STATUS_LABELS: Readonly<Record<CriterionStatus, string>> = {
  met: 'Met',
  not_met: 'Not met',
  not_measured: 'Not measured',
};

export const PHASE_STATUS_LABELS: Readonly<Record<PhaseSummary['status'], string>> = {
  done: 'Done',
  current: 'Current',
  upcoming: 'Upcoming',
};

/** "≥ 90%", "≤ 5°", "≥ 1.5 × BW", "= yes", "≤ trace": the rule a value must satisfy. */
export function targetText(criterion: Pick<CriterionEvaluation, 'comparator' | 'threshold' | 'unit'>): string {
  return `${COMPARATOR_SIGNS[criterion.comparator]} ${valueText(criterion.threshold, criterion.unit)}`;
}

/** A measured value or a threshold with its unit: "82.4%", "12 weeks", "yes", "trace". */
export function valueText(value: number | string | boolean | null, unit: string | null): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (!unit) return number;
  return unit === '%' || unit === '°' ? `${number}${unit}` : `${number} ${unit}`;
}

/** The required criteria that keep the phase gate closed: not met, or not measured yet. */
export function blockingCriteria(evaluation: CriteriaEvaluation): CriterionEvaluation[] {
  return evaluation.criteria.filter((criterion) => !criterion.bonus && criterion.status !== 'met');
}

/**
 * "What blocks the next phase: …", in words: each required criterion not met or not measured, or
 * that nothing does. Bonus criteria never block.
 */
export function blockingSummary(evaluation: CriteriaEvaluation, nextPhase: PhaseSummary | null): string {
  if (nextPhase === null) {
    return 'This is the last phase of the protocol.';
  }
  const blocking = blockingCriteria(evaluation);
  if (blocking.length > 0) {
    const list = blocking
      .map((criterion) => `${criterion.label} (${CRITERION_STATUS_LABELS[criterion.status].toLowerCase()})`)
      .join(', ');
    return `What blocks the next phase: ${list}.`;
  }
  if (!evaluation.allMet) {
    return 'What blocks the next phase: this phase has no required exit criteria, so advancing needs a written reason.';
  }
  return `What blocks the next phase: nothing. Every required criterion is met; ${nextPhase.name} can start.`;
}

/** "Weeks 2–6 after surgery", "From 6 weeks before surgery to surgery": advisory timing only. */
export function typicalWeeksText(weeks: PhaseSummary['typicalWeeks']): string {
  const { from, to } = weeks;
  if (from === null && to === null) return 'No typical timing';
  const point = (week: number) =>
    week < 0 ? `${-week} ${-week === 1 ? 'week' : 'weeks'} before surgery` : week === 0 ? 'surgery' : `week ${week}`;
  if (from !== null && to !== null) {
    if (from >= 0 && to > 0) return `Typically weeks ${from}–${to} after surgery`;
    return `Typically from ${point(from)} to ${point(to)}`;
  }
  if (from !== null) return `Typically from ${point(from)} on`;
  return `Typically until ${point(to ?? 0)}`;
}
