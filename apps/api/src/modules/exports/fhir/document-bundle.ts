import { NOTE_TYPE_LABELS, type Note, type NoteAddendum, type NoteSignature } from '@proprio/contracts';
import type { EpisodeRecord } from '../episode-record.service.js';
import { BundleEntries, nonEmpty } from './bundle-entries.js';
import { carePlan } from './care-plan.js';
import { condition, procedure } from './diagnosis.js';
import type { CodeableConcept, Composition, CompositionSection, DocumentBundle, Reference } from './fhir-r4.js';
import { measurementObservations } from './observations.js';
import { organization, patient, Practitioners, type Person } from './participants.js';
import { questionnaireResources } from './questionnaires.js';
import { recordNarrative } from './record-narrative.js';
import {
  codeable,
  coding,
  IDENTIFIER_SYSTEMS,
  NOTE_SECTION_CONCEPTS,
  NOTE_TYPE_LOINC,
  noteTypeConcept,
} from './terminology.js';
import { escapeXhtml, fhirString, paragraphs, xhtmlDiv } from './text.js';

export interface DocumentInput {
  record: EpisodeRecord;
  /** The signed note the document attests. */
  note: Note;
  /** Everyone the document may name, by user id: signers as identified when they signed. */
  people: ReadonlyMap<string, Person>;
  now: Date;
  newId: () => string;
}

/**
 * The episode as a FHIR R4 document (https://hl7.org/fhir/R4/documents.html): a Bundle of type
 * `document` whose first entry is a Composition made from the latest signed note (S, O, A and P as
 * the clinician signed them, the addenda, the signer as legal attester), followed by everything it
 * refers to. With addenda the Composition is `amended` and dated by the latest one; the attester stays
 * the original signer at the signing time (each addendum names its own signer in its sub-section).
 * A document Bundle holds only what its Composition reaches, so the structured record (diagnosis,
 * surgery, programme, measurements, questionnaires) is listed by a last section, after the signed
 * sections and the addenda, whose title and narrative say it was generated at export and is neither
 * part of the signed note nor covered by the attestation.
 */
export function buildDocumentBundle(input: DocumentInput): DocumentBundle {
  const { record, note } = input;
  const signature = note.signature;
  if (note.status !== 'signed' || signature === null) {
    throw new Error('A FHIR document is made from a signed note only.');
  }
  const entries = new BundleEntries(input.newId);
  const custodian = organization(entries, record.clinic).reference;
  const subject = patient(entries, record.clinic.id, record.patient, custodian).reference;
  const practitioners = new Practitioners(entries, record.clinic.id, input.people);
  const author = practitioners.reference(note.authorId);
  const attester = practitioners.reference(signature.userId);

  const diagnosis = condition(entries, record.episode, subject).reference;
  const surgery = procedure(entries, record.episode, subject, diagnosis)?.reference ?? null;
  const plan = record.programme
    ? carePlan(
        { entries, subject, practitioners, condition: diagnosis },
        record.episode,
        record.programme,
        record.progression,
      )
    : null;
  const measurements = measurementObservations(
    { entries, episode: record.episode, subject, practitioners },
    record.assessments,
  );
  const responses = questionnaireResources({ entries, subject, practitioners }, record.questionnaires);

  const recordEntries: Reference[] = [
    diagnosis,
    ...(surgery ? [surgery] : []),
    ...(plan ? [plan.carePlan] : []),
    ...measurements.flatMap((m) => [
      ...Object.values(m.limbs),
      ...(m.whole ? [m.whole] : []),
      ...(m.lsi ? [m.lsi] : []),
      ...(m.epic ? [m.epic] : []),
      ...m.comparisons,
    ]),
    ...responses.flatMap((r) => [r.questionnaireResponse, ...r.scores]),
  ];
  const typeLabel = NOTE_TYPE_LABELS[note.type];

  const composition = entries.add(
    (id): Composition => ({
      resourceType: 'Composition',
      id,
      identifier: { system: IDENTIFIER_SYSTEMS.uri, value: `urn:uuid:${note.id}` },
      // R4 composition-status: `amended` once the signed note has addenda, dated by the latest of them.
      status: note.addenda.length ? 'amended' : 'final',
      type: noteType(note),
      subject,
      date: lastChange(note, signature),
      author: [author],
      title: `${typeLabel}, ${note.periodStart} to ${note.periodEnd}`,
      attester: [{ mode: 'legal', time: signature.signedAt, party: attester }],
      custodian,
      event: [{ period: { start: note.periodStart, end: note.periodEnd } }],
      section: [
        soapSection('subjective', note.subjective),
        soapSection('objective', note.objective),
        soapSection('assessment', note.assessment),
        soapSection('plan', note.plan),
        ...(note.addenda.length ? [addendaSection(note.addenda, practitioners)] : []),
        {
          title: 'Structured episode record (generated at export, not part of the signed note)',
          code: codeable(NOTE_SECTION_CONCEPTS.record),
          text: {
            status: 'generated',
            div: xhtmlDiv(
              recordNarrative({
                episode: record.episode,
                programme: record.programme,
                measurements,
                responses,
                contentHash: note.contentHash,
                asOf: record.asOf,
              }),
            ),
          },
          entry: recordEntries,
        },
      ],
    }),
    typeLabel,
  );

  return {
    resourceType: 'Bundle',
    identifier: { system: IDENTIFIER_SYSTEMS.uri, value: `urn:uuid:${input.newId()}` },
    type: 'document',
    timestamp: input.now.toISOString(),
    entry: entries.listWithFirst(composition.resource),
  };
}

/** When the note last changed: its latest addendum's signing, or its own signing when it has none. */
function lastChange(note: Note, signature: NoteSignature): string {
  return note.addenda.reduce(
    (latest, addendum) =>
      Date.parse(addendum.signature.signedAt) > Date.parse(latest) ? addendum.signature.signedAt : latest,
    signature.signedAt,
  );
}

/** The LOINC document type where REFERENCE §7.1 has a candidate [S], and always the local note type. */
function noteType(note: Note): CodeableConcept {
  const loinc = NOTE_TYPE_LOINC[note.type];
  return {
    coding: [...(loinc ? [coding(loinc)] : []), coding(noteTypeConcept(note.type))],
    text: NOTE_TYPE_LABELS[note.type],
  };
}

/** A SOAP section exactly as signed (escaped into XHTML); an empty one says so rather than being left out. */
function soapSection(key: 'subjective' | 'objective' | 'assessment' | 'plan', text: string): CompositionSection {
  const concept = NOTE_SECTION_CONCEPTS[key];
  const body = paragraphs(text);
  return {
    title: concept.display,
    code: codeable(concept),
    text: body
      ? { status: 'additional', div: xhtmlDiv(body) }
      : { status: 'empty', div: xhtmlDiv('<p>Nothing was written in this section.</p>') },
  };
}

/** Each addendum as a sub-section by its signer, with when and by whom it was signed. */
function addendaSection(addenda: readonly NoteAddendum[], practitioners: Practitioners): CompositionSection {
  return {
    title: 'Addenda',
    code: codeable(NOTE_SECTION_CONCEPTS.addenda),
    section: nonEmpty(
      addenda.map((addendum) => {
        const signer = signedBy(addendum.signature);
        return {
          title: fhirString(`Addendum signed ${addendum.signature.signedAt} by ${signer}`) ?? 'Addendum',
          code: codeable(NOTE_SECTION_CONCEPTS.addendum),
          author: [practitioners.reference(addendum.signature.userId)],
          text: {
            status: 'additional' as const,
            div: xhtmlDiv(
              `${paragraphs(addendum.body)}<p>Signed by ${escapeXhtml(signer)} on ${escapeXhtml(addendum.signature.signedAt)}.</p>`,
            ),
          },
        };
      }),
    ),
  };
}

const signedBy = (signature: NoteSignature) =>
  signature.professionalTitle ? `${signature.name}, ${signature.professionalTitle}` : signature.name;
