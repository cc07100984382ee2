/**
 * Exports of an episode (export:read):
 *
 * - `GET /api/v1/notes/{id}/pdf` → the note (draft watermarked)
 * - `GET /api/v1/episodes/{id}/summary.pdf` → the patient-friendly progress summary
 * - `GET /api/v1/episodes/{id}/rts-report.pdf?set=delaware|kyritsis|melbourne|clinic` → return-to-sport readiness
 * - `GET /api/v1/episodes/{id}/fhir` → FHIR R4 document Bundle (`application/fhir+json`)
 * - `GET /api/v1/episodes/{id}/measures.csv` → every measured value, one row each (`text/csv`)
 */
export const PDF_MEDIA_TYPE = 'application/pdf';
export const FHIR_MEDIA_TYPE = 'application/fhir+json';
export const CSV_MEDIA_TYPE = 'text/csv';

/** Base of the identifier systems and code systems Proprio defines itself (FHIR export). */
export const PROPRIO_FHIR_BASE = 'https://proprio.health/fhir';

/** The local CodeSystem for measures that have no LOINC code (REFERENCE §7.2). */
export const PROPRIO_MEASURE_CODE_SYSTEM = `${PROPRIO_FHIR_BASE}/CodeSystem/acl-rehab-measures`;

/**
 * Columns of measures.csv, in order: one row per value of every measurement of the episode (current,
 * superseded and voided), trials first, then the aggregated and derived values.
 *
 * - `assessment_id`, `assessment_date` (YYYY-MM-DD), `baseline` (true for a pre-operative baseline session)
 * - `measurement_id`, `measure_type` (the API's measure code, e.g. `hop_single`), `status` (current, superseded, voided)
 * - `limb` (involved, uninvolved, or empty for a value of both limbs or of the whole body), `side` (left, right, or empty)
 * - `quantity`: what the value is (`trial`, `mean`, `best`, `peak_torque`, `lsi`, `epic`, `composite`...)
 * - `trial`: the trial's number (1, 2 ...) for a raw trial, else empty
 * - `value`: a number (full precision, never rounded), or a text or true/false for a graded or yes/no measure
 * - `unit`: UCUM code (`cm`, `s`, `ms`, `{#}`, `N.m`, `N`, `N.m/kg`, `%`, `deg`, `kg`, `kg/kg`, `{score}`), or empty
 * - `derived`: true when the clinical library computed the value from the raw input, false when it was entered
 * - `method`: how the value was obtained (aggregation, device and velocity, stance condition, protocol)
 * - `recorded_at` (ISO timestamp of the measurement), `change_reason` (why it was amended or voided)
 * - `assessment_notes`: the test session's free-text notes
 */
export const MEASURES_CSV_COLUMNS = [
  'assessment_id',
  'assessment_date',
  'baseline',
  'measurement_id',
  'measure_type',
  'status',
  'limb',
  'side',
  'quantity',
  'trial',
  'value',
  'unit',
  'derived',
  'method',
  'recorded_at',
  'change_reason',
  'assessment_notes',
] as const;
export type MeasuresCsvColumn = (typeof MEASURES_CSV_COLUMNS)[number];
