import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CSV_MEDIA_TYPE, MEASURES_CSV_COLUMNS } from '@proprio/contracts';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../../../core/access/access.decorators.js';
import { ApiErrors } from '../../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../../core/tenancy/request-context.js';
import { uuidParam } from '../../../core/validation/uuid-param.js';
import { CsvExportService } from './csv-export.service.js';

@ApiTags('exports')
@ApiBearerAuth()
@Controller('v1')
export class CsvExportController {
  constructor(private readonly csv: CsvExportService) {}

  @Get('episodes/:episodeId/measures.csv')
  @RequirePermission('export:read')
  @ApiOperation({
    summary: 'Every measured value of an episode as CSV: one row per trial, limb value and derived value',
    description:
      'RFC 4180, UTF-8, CRLF line ends. Current, superseded and voided measurements, each row with its status. ' +
      `Columns: ${MEASURES_CSV_COLUMNS.join(', ')}. Text cells that a spreadsheet would run as a formula ` +
      'start with an apostrophe. The file is named after the record number, never the patient.',
  })
  @ApiOkResponse({
    description: 'The CSV file (an attachment)',
    content: { [CSV_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400, 401, 403, 404)
  async measures(
    @Ctx() ctx: RequestContext,
    @Param('episodeId', uuidParam('episodeId')) episodeId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.csv.measures(ctx, episodeId);
    void reply
      .header('content-type', `${CSV_MEDIA_TYPE}; charset=utf-8`)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store');
    return file.body;
  }
}
