import type { InvolvedSide, Patient as PatientRecord } from '@proprio/contracts';
import type { MeasureSite } from '../measurement-values.js';
import type { Added, BundleEntries } from './bundle-entries.js';
import type { CodeableConcept, Organization, Patient, Practitioner, Reference } from './fhir-r4.js';
import { codeable, IDENTIFIER_SYSTEMS, STANDARD_CONCEPTS } from './terminology.js';
import { fhirString } from './text.js';

/** Someone of the clinic's staff the document names, as identified in the record (a signer as at signing). */
export interface Person {
  id: string;
  name: string;
  professionalTitle: string | null;
}

export function organization(entries: BundleEntries, clinic: { id: string; name: string }): Added<Organization> {
  const name = fhirString(clinic.name) ?? 'Clinic';
  return entries.add(
    (id) => ({
      resourceType: 'Organization',
      id,
      identifier: [{ system: IDENTIFIER_SYSTEMS.clinic, value: clinic.id }],
      active: true,
      name,
    }),
    name,
  );
}

/**
 * The patient, identified by the clinic's record number (an identifier system scoped to the clinic,
 * since two clinics may use the same numbers). Contact details are left out: the document is about
 * the knee, and what it does not carry cannot leak.
 */
export function patient(
  entries: BundleEntries,
  clinicId: string,
  record: PatientRecord,
  managingOrganization: Reference,
): Added<Patient> {
  const family = fhirString(record.familyName);
  const given = fhirString(record.givenName);
  return entries.add((id) => ({
    resourceType: 'Patient',
    id,
    identifier: [{ system: IDENTIFIER_SYSTEMS.recordNumber(clinicId), value: record.recordNumber }],
    name: [{ use: 'official', ...(family ? { family } : {}), ...(given ? { given: [given] } : {}) }],
    gender: record.sex,
    birthDate: record.dateOfBirth,
    managingOrganization,
  }));
}

/**
 * Practitioners, added the first time the document names them, so that the Bundle holds exactly
 * the people it refers to (signer, author, testers, the responsible therapist...).
 */
export class Practitioners {
  private readonly added = new Map<string, Reference>();

  constructor(
    private readonly entries: BundleEntries,
    private readonly clinicId: string,
    private readonly people: ReadonlyMap<string, Person>,
  ) {}

  reference(userId: string): Reference {
    const existing = this.added.get(userId);
    if (existing) return existing;
    const person = this.people.get(userId);
    const name = fhirString(person?.name) ?? 'Unknown user';
    const title = fhirString(person?.professionalTitle);
    const { reference } = this.entries.add(
      (id): Practitioner => ({
        resourceType: 'Practitioner',
        id,
        identifier: [{ system: IDENTIFIER_SYSTEMS.user(this.clinicId), value: userId }],
        name: [{ text: name }],
        ...(title ? { qualification: [{ code: { text: title } }] } : {}),
      }),
      name,
    );
    this.added.set(userId, reference);
    return reference;
  }
}

/** The SNOMED CT knee region of a side (REFERENCE §7.1). */
export function kneeSite(side: InvolvedSide): CodeableConcept {
  return side === 'left'
    ? codeable(STANDARD_CONCEPTS.leftKnee, 'Left knee')
    : codeable(STANDARD_CONCEPTS.rightKnee, 'Right knee');
}

/** The SNOMED CT structure a measure of one side is of: its knee region, or its whole lower limb. */
export function measureSite(site: MeasureSite, side: InvolvedSide): CodeableConcept {
  if (site === 'knee') return kneeSite(side);
  return side === 'left'
    ? codeable(STANDARD_CONCEPTS.leftLowerLimb, 'Left lower limb')
    : codeable(STANDARD_CONCEPTS.rightLowerLimb, 'Right lower limb');
}
