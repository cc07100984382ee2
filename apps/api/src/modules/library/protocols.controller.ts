import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, Protocol, ProtocolSummary, ProtocolVersion } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { ProtocolQueryDto } from './dto/protocol-query.dto.js';
import {
  CloneProtocolDto,
  CreateProtocolDto,
  CreateProtocolVersionDto,
  UpdateProtocolVersionDto,
} from './dto/protocol-request.dto.js';
import { ProtocolPageDto, ProtocolResponseDto, ProtocolVersionResponseDto } from './dto/protocol-response.dto.js';
import { ProtocolsService } from './protocols.service.js';

@ApiTags('protocols')
@ApiBearerAuth()
@Controller('v1/protocols')
export class ProtocolsController {
  constructor(private readonly protocols: ProtocolsService) {}

  @Get()
  @RequirePermission('library:read')
  @ApiOperation({ summary: 'List the protocols you can use (seeded and your own), each with its latest version' })
  @ApiOkResponse({ type: ProtocolPageDto })
  @ApiErrors(400, 401, 403)
  search(@Ctx() ctx: RequestContext, @Query() query: ProtocolQueryDto): Promise<Page<ProtocolSummary>> {
    return this.protocols.search(ctx, query);
  }

  @Post()
  @RequirePermission('library:write')
  @ApiOperation({ summary: 'Create a clinic protocol with its version 1' })
  @ApiCreatedResponse({ type: ProtocolResponseDto })
  @ApiErrors(400, 401, 403)
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateProtocolDto): Promise<Protocol> {
    return this.protocols.create(ctx, dto);
  }

  @Get(':id')
  @RequirePermission('library:read')
  @ApiOperation({ summary: 'Read a protocol with its versions, newest first' })
  @ApiOkResponse({ type: ProtocolResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<Protocol> {
    return this.protocols.get(ctx, id);
  }

  @Post(':id/clone')
  @RequirePermission('library:write')
  @ApiOperation({ summary: 'Copy a version of a protocol (seeded or your own) into a new clinic protocol' })
  @ApiCreatedResponse({ type: ProtocolResponseDto })
  @ApiErrors(400, 401, 403, 404)
  clone(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CloneProtocolDto,
  ): Promise<Protocol> {
    return this.protocols.clone(ctx, id, dto);
  }

  @Post(':id/versions')
  @RequirePermission('library:write')
  @ApiOperation({
    summary: 'Add a version to one of your clinic’s protocols (the way to change a version in use)',
  })
  @ApiCreatedResponse({ type: ProtocolVersionResponseDto })
  @ApiErrors(400, 401, 403, 404)
  createVersion(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateProtocolVersionDto,
  ): Promise<ProtocolVersion> {
    return this.protocols.createVersion(ctx, id, dto);
  }
}

@ApiTags('protocols')
@ApiBearerAuth()
@Controller('v1/protocol-versions')
export class ProtocolVersionsController {
  constructor(private readonly protocols: ProtocolsService) {}

  @Get(':id')
  @RequirePermission('library:read')
  @ApiOperation({ summary: 'Read a protocol version: its definition and the names of its exercises' })
  @ApiOkResponse({ type: ProtocolVersionResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<ProtocolVersion> {
    return this.protocols.getVersion(ctx, id);
  }

  @Put(':id')
  @RequirePermission('library:write')
  @ApiOperation({
    summary:
      'Edit one of your clinic’s versions in place while no programme uses it (send the version you read); ' +
      'otherwise add a new version',
  })
  @ApiOkResponse({ type: ProtocolVersionResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateProtocolVersionDto,
  ): Promise<ProtocolVersion> {
    return this.protocols.updateVersion(ctx, id, dto);
  }
}
