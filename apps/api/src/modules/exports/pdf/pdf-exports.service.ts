import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Programme } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../core/tenancy/request-context.js';
import { ClinicEntity } from '../../clinics/clinic.entity.js';
import { EpisodesService } from '../../episodes/episodes.service.js';
import { ProtocolsService } from '../../library/protocols.service.js';
import { NotesService } from '../../notes/notes.service.js';
import { PatientsService } from '../../patients/patients.service.js';
import { ProgrammesService } from '../../programmes/programmes.service.js';
import { UserEntity } from '../../users/user.entity.js';
import { EpisodeRecordService } from '../episode-record.service.js';
import { renderNotePdf } from './documents/note-document.js';
import { renderProgressSummaryPdf } from './documents/progress-summary-document.js';
import { renderRtsReportPdf } from './documents/rts-report-document.js';
import { calendarDateOf } from './kit/format.js';
import { pdfFileName } from './pdf-file-name.js';

/** A rendered document and the name it is downloaded as. */
export interface PdfFile {
  fileName: string;
  content: Buffer;
}

/**
 * The three PDF documents. Each reads the clinic's own records through the same services as the
 * screens (another clinic's note or episode is the same 404 as a missing one), then renders with a pure
 * renderer. Nothing here evaluates a criterion or computes a clinical value.
 */
@Injectable()
export class PdfExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notes: NotesService,
    private readonly records: EpisodeRecordService,
    private readonly programmes: ProgrammesService,
    private readonly protocols: ProtocolsService,
    private readonly episodes: EpisodesService,
    private readonly patients: PatientsService,
  ) {}

  /** The note (404 NOTE_NOT_FOUND), watermarked while a draft, and named a draft in its file name. */
  async note(ctx: RequestContext, noteId: string, printedAt = new Date()): Promise<PdfFile> {
    const note = await this.notes.get(ctx, noteId);
    const episode = await this.episodes.get(ctx, note.episodeId);
    const [patient, clinicName, author] = await Promise.all([
      this.patients.get(ctx, episode.patientId),
      this.clinicName(ctx),
      this.dataSource.getRepository(UserEntity).findOneBy({ id: note.authorId, clinicId: ctx.clinicId }),
    ]);
    const content = await renderNotePdf(
      { clinicName, patient, episode, note, authorTitle: author?.professionalTitle ?? null },
      printedAt,
    );
    const kind = note.status === 'signed' ? 'note' : 'note-draft';
    return { fileName: pdfFileName(patient.recordNumber, kind, calendarDateOf(printedAt)), content };
  }

  /** The patient-friendly progress summary of the episode (404 EPISODE_NOT_FOUND). */
  async progressSummary(ctx: RequestContext, episodeId: string, printedAt = new Date()): Promise<PdfFile> {
    const record = await this.records.load(ctx, episodeId);
    const returnToSportGate = record.programme ? await this.isReturnToSportGate(ctx, record.programme) : false;
    const content = await renderProgressSummaryPdf({ ...record, returnToSportGate }, printedAt);
    return {
      fileName: pdfFileName(record.patient.recordNumber, 'progress-summary', calendarDateOf(printedAt)),
      content,
    };
  }

  /**
   * The return-to-sport readiness report for a criteria set of the programme's protocol (the programme's
   * chosen set by default), as the programmes service evaluates it: 404 PROGRAMME_NOT_FOUND without a
   * programme (the sets, and the chosen one, belong to the programme's protocol version), 400 naming
   * `set` for a set the protocol does not have.
   */
  async rtsReport(
    ctx: RequestContext,
    episodeId: string,
    setKey: string | undefined,
    printedAt = new Date(),
  ): Promise<PdfFile> {
    const readiness = await this.programmes.readiness(ctx, episodeId, setKey);
    const record = await this.records.load(ctx, episodeId);
    // load() found the programme a moment ago; if it has gone since, say so rather than print half a report.
    const programme = record.programme ?? (await this.programmes.get(ctx, episodeId));
    const version = await this.protocols.getVersion(ctx, programme.protocolVersionId);
    const content = await renderRtsReportPdf(
      {
        clinicName: record.clinic.name,
        patient: record.patient,
        episode: record.episode,
        protocolTitle: `${version.title} (version ${version.number})`,
        readiness,
        set: version.definition.returnToSportSets.find((s) => s.key === readiness.setKey) ?? null,
        symmetry: record.symmetry,
      },
      printedAt,
    );
    return { fileName: pdfFileName(record.patient.recordNumber, 'rts-report', calendarDateOf(printedAt)), content };
  }

  /** Whether the programme's current phase is gated by its return-to-sport set, as its protocol version says. */
  private async isReturnToSportGate(ctx: RequestContext, programme: Programme): Promise<boolean> {
    const version = await this.protocols.getVersion(ctx, programme.protocolVersionId);
    return version.definition.phases.find((p) => p.key === programme.currentPhaseKey)?.returnToSportGate === true;
  }

  private async clinicName(ctx: RequestContext): Promise<string> {
    return (await this.dataSource.getRepository(ClinicEntity).findOneByOrFail({ id: ctx.clinicId })).name;
  }
}
