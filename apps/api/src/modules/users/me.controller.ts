import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CurrentUser } from '@proprio/contracts';
import { AnySignedInUser } from '../../core/access/access.decorators.js';
import { CurrentUserDto } from '../../core/auth/dto/token-response.dto.js';
import { ApiErrors } from '../../core/openapi/api-errors.decorator.js';
import {
  Ctx,
  CurrentPrincipal,
  type AuthenticatedUser,
  type RequestContext,
} from '../../core/tenancy/request-context.js';
import { toCurrentUser } from './current-user.mapper.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @AnySignedInUser()
  @ApiOperation({ summary: 'The signed-in user, their clinic and permissions' })
  @ApiOkResponse({ type: CurrentUserDto })
  @ApiErrors(401)
  me(@CurrentPrincipal() principal: AuthenticatedUser): CurrentUser {
    return toCurrentUser({ ...principal, id: principal.userId });
  }

  @Post('password')
  @HttpCode(204)
  @AnySignedInUser()
  @ApiOperation({ summary: 'Change your password; all your sessions end' })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiErrors(400, 401)
  changePassword(@Ctx() ctx: RequestContext, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.users.changeOwnPassword(ctx, dto);
  }
}
