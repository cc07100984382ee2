import {
  CONCOMITANT_INJURY_LABELS,
  EPISODE_CONDITION_LABELS,
  GRAFT_TYPE_LABELS,
  type Episode,
} from '@proprio/contracts';
import type { Added, BundleEntries } from './bundle-entries.js';
import type { Condition, Procedure, Reference } from './fhir-r4.js';
import { kneeSite } from './participants.js';
import { codeable, STANDARD_CONCEPTS } from './terminology.js';
import { fhirString } from './text.js';

/**
 * The diagnosis: SNOMED CT 444470001 "Injury of anterior cruciate ligament" on the involved knee,
 * from the injury date. The episode's own wording (reconstruction, non-operative, revision) and the
 * concomitant injuries go in a note rather than in codes nobody verified.
 */
export function condition(entries: BundleEntries, episode: Episode, subject: Reference): Added<Condition> {
  const details = [
    `Episode of care: ${EPISODE_CONDITION_LABELS[episode.condition]}.`,
    episode.concomitantInjuries.length
      ? `Concomitant injuries: ${episode.concomitantInjuries.map((i) => CONCOMITANT_INJURY_LABELS[i]).join(', ')}.`
      : null,
    fhirString(episode.sport) ? `Sport: ${fhirString(episode.sport)}.` : null,
  ].filter((line) => line !== null);
  return entries.add(
    (id) => ({
      resourceType: 'Condition',
      id,
      // Discharge from therapy does not make the injury resolved: say nothing rather than guess.
      ...(episode.status === 'discharged' ? {} : { clinicalStatus: codeable(STANDARD_CONCEPTS.conditionActive) }),
      verificationStatus: codeable(STANDARD_CONCEPTS.conditionConfirmed),
      category: [codeable(STANDARD_CONCEPTS.encounterDiagnosis)],
      code: codeable(STANDARD_CONCEPTS.aclInjury, 'Injury of anterior cruciate ligament'),
      bodySite: [kneeSite(episode.involvedSide)],
      subject,
      onsetDateTime: episode.injuryDate,
      recordedDate: episode.createdAt,
      note: [{ text: details.join(' ') }],
    }),
    'Injury of anterior cruciate ligament',
  );
}

/**
 * The reconstruction, when there is a surgery date. Only the hamstring-graft reconstruction has a
 * SNOMED CT code in REFERENCE §7.1 (391101007 [S]); a generic ACL reconstruction code was not verified,
 * so other grafts are described in text only.
 */
export function procedure(
  entries: BundleEntries,
  episode: Episode,
  subject: Reference,
  reason: Reference,
): Added<Procedure> | null {
  if (episode.surgeryDate === null) return null;
  const what =
    episode.condition === 'acl_revision'
      ? 'Revision reconstruction of anterior cruciate ligament'
      : 'Reconstruction of anterior cruciate ligament';
  const graft = episode.graftType === null ? 'graft not recorded' : GRAFT_TYPE_LABELS[episode.graftType];
  const text = `${what}, ${graft}`;
  const surgeryDate = episode.surgeryDate;
  return entries.add(
    (id) => ({
      resourceType: 'Procedure',
      id,
      status: 'completed',
      code:
        episode.graftType === 'hamstring_autograft'
          ? codeable(STANDARD_CONCEPTS.aclReconstructionHamstring, text)
          : { text },
      subject,
      performedDateTime: surgeryDate,
      bodySite: [kneeSite(episode.involvedSide)],
      reasonReference: [reason],
    }),
    text,
  );
}
