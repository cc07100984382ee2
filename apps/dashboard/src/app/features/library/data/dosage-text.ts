import type { Dosage, Evidence } from '@proprio/clinical';

/**
 * Dosage in words, as therapists write it on a programme sheet: "3 × 10 reps, 5 s hold, 7×/week".
 * One formatter for the library, protocols, programmes and session logging, so a prescription reads
 * the same on every screen.
 *
 * - reps and hold: "3 × 10 reps, 5 s hold, 7×/week" (each rep held 5 s);
 * - hold only (a timed set): "3 × 30 s hold, 2×/week";
 * - external load: "3 × 8 reps, 12.5 kg, 2×/week" (body weight says nothing).
 */
export function dosageText(dosage: Dosage): string {
  const parts: string[] = [];
  const { sets, reps, holdSeconds, loadKg, frequencyPerWeek } = dosage;
  if (reps !== null) {
    parts.push(`${sets} × ${reps} ${reps === 1 ? 'rep' : 'reps'}`);
    if (holdSeconds !== null) {
      parts.push(`${holdSeconds} s hold`);
    }
  } else if (holdSeconds !== null) {
    parts.push(`${sets} × ${holdSeconds} s hold`);
  } else {
    parts.push(`${sets} ${sets === 1 ? 'set' : 'sets'}`);
  }
  if (loadKg !== null && loadKg > 0) {
    parts.push(`${loadKg} kg`);
  }
  parts.push(`${frequencyPerWeek}×/week`);
  return parts.join(', ');
}

/** What the evidence tags of REFERENCE.md mean, for titles and screen readers. */
export const EVIDENCE_LABELS: Readonly<Record<Evidence, string>> = {
  V: 'Verified in the primary source',
  S: 'Secondary source only',
  U: 'Unverified',
};

/** "FIFA 11+ [V]": where a default dosage (or a criterion) comes from, with its evidence tag. */
export function sourceText(source: string | null, evidence: Evidence | null): string {
  const tag = evidence === null ? '' : `[${evidence}]`;
  return [source ?? '', tag].filter(Boolean).join(' ') || '—';
}
