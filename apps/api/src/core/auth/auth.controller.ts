import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TokenResponse } from '@proprio/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/cookie';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { Public } from '../access/access.decorators.js';
import { ApiErrors } from '../openapi/api-errors.decorator.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { RefreshDto } from './dto/refresh.dto.js';
import { TokenResponseDto } from './dto/token-response.dto.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import type { UserEntity } from '../../modules/users/user.entity.js';

export const REFRESH_COOKIE = 'proprio_refresh';
const COOKIE_PATH = '/api/v1/auth';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiErrors(400, 401)
  async login(
    @Req() request: FastifyRequest & { user: UserEntity },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    const session = await this.auth.startSession(request.user);
    this.setRefreshCookie(reply, session);
    return session;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token (cookie or body) for new tokens; the old one is revoked' })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiErrors(400, 401)
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponse> {
    const session = await this.auth.refresh(body.refreshToken ?? request.cookies[REFRESH_COOKIE]);
    this.setRefreshCookie(reply, session);
    return session;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session: the refresh token and its whole family are revoked' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors(400)
  async logout(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(body.refreshToken ?? request.cookies[REFRESH_COOKIE]);
    void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  private setRefreshCookie(reply: FastifyReply, session: TokenResponse): void {
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.auth.cookieSecure,
      expires: new Date(session.refreshExpiresAt),
    });
  }
}
