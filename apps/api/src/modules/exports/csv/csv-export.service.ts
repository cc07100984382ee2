import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../../core/tenancy/request-context.js';
import { EpisodeRecordService } from '../episode-record.service.js';
import { measuresCsv } from './measures-csv.js';

export interface CsvFile {
  /** Names the patient by record number only: a file name ends up in download folders and mail attachments. */
  filename: string;
  body: string;
}

@Injectable()
export class CsvExportService {
  constructor(private readonly records: EpisodeRecordService) {}

  /** Every measured value of the clinic's episode (404 EPISODE_NOT_FOUND for another clinic's). */
  async measures(ctx: RequestContext, episodeId: string): Promise<CsvFile> {
    const record = await this.records.load(ctx, episodeId);
    return {
      filename: `measures-${safeFilenamePart(record.patient.recordNumber)}-${record.asOf}.csv`,
      body: measuresCsv(record),
    };
  }
}

/** Keeps letters, digits, dot, dash and underscore: nothing that can break out of a header's quoted filename. */
export function safeFilenamePart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'record';
}
