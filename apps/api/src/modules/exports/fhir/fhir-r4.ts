/**
 * The parts of FHIR R4 (4.0.1, https://hl7.org/fhir/R4/) this export writes. Written here because the
 * installed @types/fhir describes STU3, whose Composition, CarePlan and Goal differ from R4; tests
 * validate the output against the official R4 JSON schema.
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference: string;
  display?: string;
}

export interface Identifier {
  system: string;
  value: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Quantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
  comparator?: '<' | '<=' | '>=' | '>';
}

export interface Narrative {
  status: 'generated' | 'extensions' | 'additional' | 'empty';
  /** XHTML: a `<div xmlns="http://www.w3.org/1999/xhtml">`. */
  div: string;
}

export interface Annotation {
  text: string;
}

interface DomainResource {
  id: string;
  text?: Narrative;
}

export interface Organization extends DomainResource {
  resourceType: 'Organization';
  identifier: Identifier[];
  active: boolean;
  name: string;
}

export interface Patient extends DomainResource {
  resourceType: 'Patient';
  identifier: Identifier[];
  name: { use?: 'official'; family?: string; given?: string[] }[];
  gender: 'male' | 'female' | 'other' | 'unknown';
  birthDate: string;
  managingOrganization?: Reference;
}

export interface Practitioner extends DomainResource {
  resourceType: 'Practitioner';
  identifier: Identifier[];
  name: { text: string }[];
  qualification?: { code: CodeableConcept }[];
}

export interface Condition extends DomainResource {
  resourceType: 'Condition';
  clinicalStatus?: CodeableConcept;
  verificationStatus: CodeableConcept;
  category: CodeableConcept[];
  code: CodeableConcept;
  bodySite: CodeableConcept[];
  subject: Reference;
  onsetDateTime: string;
  recordedDate?: string;
  note?: Annotation[];
}

export interface Procedure extends DomainResource {
  resourceType: 'Procedure';
  status: 'completed';
  code: CodeableConcept;
  subject: Reference;
  performedDateTime: string;
  bodySite: CodeableConcept[];
  reasonReference: Reference[];
}

export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity?: Quantity;
  valueString?: string;
  valueBoolean?: boolean;
}

export interface Observation extends DomainResource {
  resourceType: 'Observation';
  identifier?: Identifier[];
  status: 'final' | 'amended';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  issued?: string;
  performer?: Reference[];
  valueQuantity?: Quantity;
  valueString?: string;
  valueBoolean?: boolean;
  dataAbsentReason?: CodeableConcept;
  note?: Annotation[];
  bodySite?: CodeableConcept;
  method?: CodeableConcept;
  derivedFrom?: Reference[];
  component?: ObservationComponent[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  answer: ({ valueInteger: number } | { valueDecimal: number } | { valueString: string } | { valueBoolean: boolean })[];
}

export interface QuestionnaireResponse extends DomainResource {
  resourceType: 'QuestionnaireResponse';
  identifier?: Identifier;
  questionnaire?: string;
  status: 'completed' | 'amended';
  subject: Reference;
  authored: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

export interface Goal extends DomainResource {
  resourceType: 'Goal';
  lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled';
  achievementStatus?: CodeableConcept;
  description: CodeableConcept;
  subject: Reference;
  target: {
    measure: CodeableConcept;
    detailQuantity?: Quantity;
    detailString?: string;
    detailBoolean?: boolean;
  }[];
  statusDate?: string;
  note?: Annotation[];
  addresses?: Reference[];
}

export interface CarePlanActivity {
  detail: {
    code: CodeableConcept;
    status: 'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'stopped' | 'unknown';
    description?: string;
    scheduledTiming?: { repeat: { frequency: number; period: number; periodUnit: 'wk' } };
  };
}

export interface CarePlan extends DomainResource {
  resourceType: 'CarePlan';
  identifier?: Identifier[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'plan';
  title: string;
  description?: string;
  subject: Reference;
  period: Period;
  author?: Reference;
  addresses?: Reference[];
  goal?: Reference[];
  activity: CarePlanActivity[];
}

export interface CompositionSection {
  title: string;
  code?: CodeableConcept;
  author?: Reference[];
  text?: Narrative;
  entry?: Reference[];
  section?: CompositionSection[];
}

export interface Composition extends DomainResource {
  resourceType: 'Composition';
  identifier: Identifier;
  status: 'final' | 'amended';
  type: CodeableConcept;
  subject: Reference;
  date: string;
  author: Reference[];
  title: string;
  attester: { mode: 'legal'; time: string; party: Reference }[];
  custodian?: Reference;
  event: { period: Period }[];
  section: CompositionSection[];
}

export type Resource =
  | Composition
  | Organization
  | Patient
  | Practitioner
  | Condition
  | Procedure
  | Observation
  | QuestionnaireResponse
  | CarePlan
  | Goal;

export interface DocumentBundle {
  resourceType: 'Bundle';
  identifier: Identifier;
  type: 'document';
  timestamp: string;
  entry: { fullUrl: string; resource: Resource }[];
}
