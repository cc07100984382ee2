import type { MeasureType } from '@proprio/clinical';
import type { Assessment, Measurement } from '@proprio/contracts';

/** The baseline value EPIC is computed against, and where it comes from. */
export interface BaselineReference {
  input: unknown;
  performedOn: string;
  assessmentId: string;
}

function newestFirst(a: Assessment, b: Assessment): number {
  return b.performedOn.localeCompare(a.performedOn) || b.createdAt.localeCompare(a.createdAt);
}

function currentOf(session: Assessment, type: MeasureType): Measurement | undefined {
  return session.measurements.find((m) => m.type === type && m.status === 'current');
}

/**
 * The reference for a session's EPIC, chosen as the API chooses it: the latest baseline session on
 * or before the session's date that has a current value of the same measure. A baseline session has
 * no EPIC itself. `performedOn` null (date not yet valid) considers every baseline.
 */
export function baselineFor(
  assessments: readonly Assessment[],
  type: MeasureType,
  performedOn: string | null,
): BaselineReference | null {
  const candidates = assessments
    .filter((s) => s.baseline && (performedOn === null || s.performedOn <= performedOn))
    .sort(newestFirst);
  for (const session of candidates) {
    const measurement = currentOf(session, type);
    if (measurement) {
      return { input: measurement.input, performedOn: session.performedOn, assessmentId: session.id };
    }
  }
  return null;
}

/** The latest current value of a measure in the episode, e.g. to reuse its strength protocol. */
export function latestInput(assessments: readonly Assessment[], type: MeasureType): Record<string, unknown> | null {
  for (const session of [...assessments].sort(newestFirst)) {
    const measurement = currentOf(session, type);
    if (measurement) {
      return measurement.input;
    }
  }
  return null;
}
