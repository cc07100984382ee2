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

/** The local CodeSystem for measures that have no LOINC code (REFERENCE §7.2). */
export const PROPRIO_MEASURE_CODE_SYSTEM = 'https://proprio.health/fhir/CodeSystem/acl-rehab-measures';

/** Columns of measures.csv, in order. */
export const MEASURES_CSV_COLUMNS = [
  'assessment_id',
  'assessment_date',
  'measurement_id',
  'measure_type',
  'status',
  'limb',
  'quantity',
  'trial',
  'value',
  'unit',
  'derived',
  'recorded_at',
] as const;
