import { MEASURES_CSV_COLUMNS, type MeasuresCsvColumn } from '@proprio/contracts';
import type { EpisodeRecord } from '../episode-record.service.js';
import { allValues, measurementValues, sideOf } from '../measurement-values.js';
import { toCsv, type CsvCell } from './csv-writer.js';

/**
 * measures.csv: one row per value of every measurement of the episode, oldest test session first,
 * current, superseded and voided alike (each with its status), so that the file is the complete
 * record, corrections included. Columns: MEASURES_CSV_COLUMNS (documented in the contract).
 */
export function measuresCsv(record: Pick<EpisodeRecord, 'episode' | 'assessments'>): string {
  const rows: CsvCell[][] = [[...MEASURES_CSV_COLUMNS]];
  for (const assessment of record.assessments) {
    for (const measurement of assessment.measurements) {
      const values = measurementValues(measurement);
      for (const { limb, value } of allValues(values)) {
        const row: Record<MeasuresCsvColumn, CsvCell> = {
          assessment_id: assessment.id,
          assessment_date: assessment.performedOn,
          baseline: assessment.baseline,
          measurement_id: measurement.id,
          measure_type: measurement.type,
          status: measurement.status,
          limb,
          side: limb === null ? null : sideOf(limb, record.episode),
          quantity: value.quantity,
          trial: value.trial,
          value: value.value,
          unit: value.unit,
          derived: value.derived,
          method: values.method,
          recorded_at: measurement.createdAt,
          change_reason: measurement.changeReason,
          assessment_notes: assessment.notes,
        };
        rows.push(MEASURES_CSV_COLUMNS.map((column) => row[column]));
      }
    }
  }
  return toCsv(rows);
}
