import { EPISODE_CONDITION_LABELS, GRAFT_TYPE_LABELS, type Episode, type Patient } from '@proprio/contracts';
import { formatDate } from '../kit/format.js';

/** What every document needs to name the patient (header, footer, identification block). */
export type PatientIdentity = Pick<Patient, 'givenName' | 'familyName' | 'recordNumber' | 'dateOfBirth'>;

export type EpisodeSummary = Pick<Episode, 'condition' | 'involvedSide' | 'surgeryDate' | 'injuryDate' | 'graftType'>;

export function patientName(patient: PatientIdentity): string {
  return `${patient.givenName} ${patient.familyName}`;
}

/** "ACL reconstruction, left knee · Hamstring tendon autograft · surgery 30 Mar 2026". */
export function episodeLine(episode: EpisodeSummary): string {
  const parts = [`${EPISODE_CONDITION_LABELS[episode.condition]}, ${episode.involvedSide} knee`];
  if (episode.graftType) parts.push(GRAFT_TYPE_LABELS[episode.graftType]);
  parts.push(episode.surgeryDate ? `surgery ${formatDate(episode.surgeryDate)}` : 'no surgery date recorded');
  return parts.join(' · ');
}
