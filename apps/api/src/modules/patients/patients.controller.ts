import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, Patient } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { VersionDto } from '../../core/validation/version.dto.js';
import { CreatePatientDto } from './dto/create-patient.dto.js';
import { PatientQueryDto } from './dto/patient-query.dto.js';
import { PatientPageDto, PatientResponseDto } from './dto/patient-response.dto.js';
import { UpdatePatientDto } from './dto/update-patient.dto.js';
import { PatientsService } from './patients.service.js';

@ApiTags('patients')
@ApiBearerAuth()
@Controller('v1/patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Get()
  @RequirePermission('patient:read')
  @ApiOperation({ summary: 'Search patients by name or record number, with paging' })
  @ApiOkResponse({ type: PatientPageDto })
  @ApiErrors(400, 401, 403)
  search(@Ctx() ctx: RequestContext, @Query() query: PatientQueryDto): Promise<Page<Patient>> {
    return this.patients.search(ctx, query);
  }

  @Post()
  @RequirePermission('patient:write')
  @ApiOperation({ summary: 'Register a patient' })
  @ApiCreatedResponse({ type: PatientResponseDto })
  @ApiErrors(400, 401, 403, 409)
  create(@Ctx() ctx: RequestContext, @Body() dto: CreatePatientDto): Promise<Patient> {
    return this.patients.create(ctx, dto);
  }

  @Get(':id')
  @RequirePermission('patient:read')
  @ApiOperation({ summary: 'Read a patient' })
  @ApiOkResponse({ type: PatientResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<Patient> {
    return this.patients.get(ctx, id);
  }

  @Patch(':id')
  @RequirePermission('patient:write')
  @ApiOperation({ summary: 'Change a patient’s details (send the version you read)' })
  @ApiOkResponse({ type: PatientResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdatePatientDto,
  ): Promise<Patient> {
    return this.patients.update(ctx, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission('patient:archive')
  @ApiOperation({ summary: 'Archive a patient (records are never deleted)' })
  @ApiOkResponse({ type: PatientResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  archive(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: VersionDto,
  ): Promise<Patient> {
    return this.patients.setArchived(ctx, id, dto.version, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('patient:archive')
  @ApiOperation({ summary: 'Bring an archived patient back' })
  @ApiOkResponse({ type: PatientResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  restore(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: VersionDto,
  ): Promise<Patient> {
    return this.patients.setArchived(ctx, id, dto.version, false);
  }
}
