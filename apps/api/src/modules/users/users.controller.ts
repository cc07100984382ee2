import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, User } from '@proprio/contracts';
import { RequirePermission } from '../../core/access/access.decorators.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import { uuidParam } from '../../core/validation/uuid-param.js';
import { Ctx, type RequestContext } from '../../core/tenancy/request-context.js';
import { PageQueryDto } from '../../core/validation/page-query.dto.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserPageDto, UserResponseDto } from './dto/user-response.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user:read')
  @ApiOperation({ summary: "List the clinic's users" })
  @ApiOkResponse({ type: UserPageDto })
  @ApiErrors(400, 401, 403)
  list(@Ctx() ctx: RequestContext, @Query() query: PageQueryDto): Promise<Page<User>> {
    return this.users.list(ctx, query);
  }

  @Post()
  @RequirePermission('user:manage')
  @ApiOperation({ summary: 'Create a user in the clinic (admin)' })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiErrors(400, 401, 403, 409)
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(ctx, dto);
  }

  @Get(':id')
  @RequirePermission('user:read')
  @ApiOperation({ summary: 'Read a user of the clinic' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(400, 401, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', uuidParam('id')) id: string): Promise<User> {
    return this.users.get(ctx, id);
  }

  @Patch(':id')
  @RequirePermission('user:manage')
  @ApiOperation({ summary: 'Change a user’s name or role, or disable them (admin)' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<User> {
    return this.users.update(ctx, id, dto);
  }
}
