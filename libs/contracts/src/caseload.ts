/**
 * The signed-in therapist's caseload: `GET /api/v1/caseload?scope=mine|clinic&limit&offset` → Page<CaseloadEntry>.
 * One row per active episode with a programme (mine: where I am the responsible therapist).
 */
export interface CaseloadEntry {
  patientId: string;
  patientName: string;
  recordNumber: string;
  episodeId: string;
  involvedSide: 'left' | 'right';
  phaseKey: string;
  phaseName: string;
  phaseStartedOn: string;
  weeksSinceSurgery: number | null;
  /** The latest single-hop LSI (else the latest of any hop test), with its test and date. */
  latestHopLsi: { type: string; value: number; date: string } | null;
  /** Labels of the current phase's exit criteria not yet met (not met or not measured). */
  unmetCriteria: string[];
  lastAssessmentOn: string | null;
  /** No test session within RETEST_INTERVAL_DAYS. */
  dueForRetest: boolean;
  visitsSinceLastProgressNote: number;
  dueForProgressNote: boolean;
  /** In the current phase longer than its typical upper bound plus STALL_GRACE_WEEKS. */
  stalled: boolean;
}

/** Advisory defaults (not sourced, [U]); shown to the therapist as reminders only. */
export const RETEST_INTERVAL_DAYS = 28;
export const STALL_GRACE_WEEKS = 4;
