import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TokenResponse } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { toCurrentUser } from '../../modules/users/current-user.mapper.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { AppError } from '../errors/app-error.js';
import { PasswordService } from './password.service.js';
import { TokenService } from './token.service.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The same answer, in about the same time, for an unknown email, a wrong password or a disabled user. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt !== null) {
      throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
    }
    return user;
  }

  async startSession(user: UserEntity): Promise<TokenResponse> {
    const refresh = await this.tokens.issueRefreshToken(user.id);
    return this.tokenResponse(user, refresh.token, refresh.expiresAt);
  }

  async refresh(token: string | undefined): Promise<TokenResponse> {
    if (!token) throw new AppError(401, 'INVALID_REFRESH_TOKEN', 'Your session has ended. Sign in again.');
    const { user, refresh } = await this.tokens.rotate(token);
    return this.tokenResponse(user, refresh.token, refresh.expiresAt);
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.tokens.revokeFamilyOf(token);
  }

  private async tokenResponse(user: UserEntity, refreshToken: string, refreshExpiresAt: Date): Promise<TokenResponse> {
    const withClinic = await this.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: user.id }, relations: { clinic: true } });
    return {
      accessToken: this.tokens.signAccessToken(user),
      tokenType: 'Bearer',
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      refreshToken,
      refreshExpiresAt: refreshExpiresAt.toISOString(),
      user: toCurrentUser({ ...user, clinicName: withClinic.clinic?.name ?? '' }),
    };
  }
}
