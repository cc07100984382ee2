import {
  daysBetween,
  isHopMeasureType,
  timeSinceSurgery,
  type CalendarDate,
  type ProtocolPhase,
  type RecordedMeasure,
} from '@proprio/clinical';
import { RETEST_INTERVAL_DAYS, STALL_GRACE_WEEKS, type CaseloadEntry } from '@proprio/contracts';

/**
 * The latest single-hop LSI, else the latest LSI of any other hop test (a later date wins; on the
 * same date the later record). `measures` are the episode's current measurements, oldest first.
 */
export function latestHopLsi(measures: readonly RecordedMeasure[]): CaseloadEntry['latestHopLsi'] {
  const hops = measures.filter((m) => isHopMeasureType(m.outcome.type) && m.outcome.lsi !== null);
  const single = hops.filter((m) => m.outcome.type === 'hop_single');
  const latest = (single.length ? single : hops).at(-1);
  return latest ? { type: latest.outcome.type, value: latest.outcome.lsi!, date: latest.date } : null;
}

/** No test session within RETEST_INTERVAL_DAYS of today (or none at all). */
export function dueForRetest(lastAssessmentOn: CalendarDate | null, today: CalendarDate): boolean {
  return lastAssessmentOn === null || daysBetween(lastAssessmentOn, today) > RETEST_INTERVAL_DAYS;
}

/**
 * Still in the current phase more than STALL_GRACE_WEEKS after its typical upper bound. The typical
 * weeks of a phase count from surgery, so the bound is compared with the weeks since surgery. Without
 * a surgery date (a pre-operative patient not yet scheduled) the time spent in the phase is compared
 * with the phase's typical length instead. An open-ended phase never stalls. Advisory only.
 */
export function isStalled(
  phase: Pick<ProtocolPhase, 'typicalWeeks'> | null,
  surgeryDate: CalendarDate | null,
  phaseStartedOn: CalendarDate,
  today: CalendarDate,
): boolean {
  const { from, to } = phase?.typicalWeeks ?? { from: null, to: null };
  if (to === null) return false;
  const sinceSurgery = timeSinceSurgery(surgeryDate, today);
  if (sinceSurgery) return sinceSurgery.weeks > to + STALL_GRACE_WEEKS;
  if (from === null) return false;
  const weeksInPhase = Math.floor(daysBetween(phaseStartedOn, today) / 7);
  return weeksInPhase > to - from + STALL_GRACE_WEEKS;
}
