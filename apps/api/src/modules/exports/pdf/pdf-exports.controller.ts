import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PDF_MEDIA_TYPE } from '@proprio/contracts';
import { RequirePermission } from '../../../core/access/access.decorators.js';
import { ApiErrors } from '../../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../../core/tenancy/request-context.js';
import { uuidParam } from '../../../core/validation/uuid-param.js';
import { RtsReportQueryDto } from './dto/rts-report-query.dto.js';
import { PdfExportsService, type PdfFile } from './pdf-exports.service.js';

/** A 200 whose body is a PDF file, as OpenAPI describes it. */
const pdfResponse = (description: string) =>
  ApiOkResponse({
    description: `${description} An A4 PDF, sent as an attachment named <record number>-<document>-<date>.pdf.`,
    content: { [PDF_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  });

/** The file as the response body: application/pdf, downloaded as an attachment (no-store is global). */
function attachment(file: PdfFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: PDF_MEDIA_TYPE,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.content.length,
  });
}

@ApiTags('exports')
@ApiBearerAuth()
@Controller('v1')
export class PdfExportsController {
  constructor(private readonly pdf: PdfExportsService) {}

  @Get('notes/:noteId/pdf')
  @RequirePermission('export:read')
  @ApiOperation({ summary: 'The note as a PDF: signature and addenda when signed, a DRAFT watermark on a draft' })
  @pdfResponse('The note; while it is a draft, the document in the file name is "note-draft".')
  @ApiErrors(400, 401, 403, 404)
  async note(
    @Ctx() ctx: RequestContext,
    @Param('noteId', uuidParam('noteId')) noteId: string,
  ): Promise<StreamableFile> {
    return attachment(await this.pdf.note(ctx, noteId));
  }

  @Get('episodes/:episodeId/summary.pdf')
  @RequirePermission('export:read')
  @ApiOperation({ summary: 'A patient-friendly progress summary of the episode in plain language, with charts' })
  @pdfResponse('The progress summary.')
  @ApiErrors(400, 401, 403, 404)
  async progressSummary(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
  ): Promise<StreamableFile> {
    return attachment(await this.pdf.progressSummary(ctx, episodeId));
  }

  @Get('episodes/:episodeId/rts-report.pdf')
  @RequirePermission('export:read')
  @ApiOperation({
    summary:
      "Return-to-sport readiness report for a criteria set of the programme's protocol (404 without a programme)",
  })
  @pdfResponse('The return-to-sport readiness report.')
  @ApiErrors(400, 401, 403, 404)
  async rtsReport(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Query() query: RtsReportQueryDto,
  ): Promise<StreamableFile> {
    return attachment(await this.pdf.rtsReport(ctx, episodeId, query.set));
  }
}
