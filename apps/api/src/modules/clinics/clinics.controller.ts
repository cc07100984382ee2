import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Clinic } from '@proprio/contracts';
import { AnySignedInUser, RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { ClinicsService } from './clinics.service.js';
import { ClinicResponseDto } from './dto/clinic-response.dto.js';
import { UpdateClinicDto } from './dto/update-clinic.dto.js';

@ApiTags('clinic')
@ApiBearerAuth()
@Controller('v1/clinic')
export class ClinicsController {
  constructor(private readonly clinics: ClinicsService) {}

  @Get()
  @AnySignedInUser()
  @ApiOperation({ summary: 'Your clinic and its progress-report settings' })
  @ApiOkResponse({ type: ClinicResponseDto })
  @ApiErrors(401)
  get(@Ctx() ctx: RequestContext): Promise<Clinic> {
    return this.clinics.get(ctx);
  }

  @Patch()
  @RequirePermission('clinic:manage')
  @ApiOperation({ summary: 'Change your clinic’s name or progress-report settings (admin; send the version you read)' })
  @ApiOkResponse({ type: ClinicResponseDto })
  @ApiErrors(400, 401, 403, 409)
  update(@Ctx() ctx: RequestContext, @Body() dto: UpdateClinicDto): Promise<Clinic> {
    return this.clinics.update(ctx, dto);
  }
}
