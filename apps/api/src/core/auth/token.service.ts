import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';

export interface AccessTokenClaims {
  sub: string;
  cid: string;
  role: string;
  typ: 'access';
}

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Access tokens are short-lived JWTs; refresh tokens are random opaque strings stored hashed, rotated
 * on every use, and revoked as a family when a rotated one is presented again.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(user: Pick<UserEntity, 'id' | 'clinicId' | 'role'>): string {
    const claims: AccessTokenClaims = { sub: user.id, cid: user.clinicId, role: user.role, typ: 'access' };
    return this.jwt.sign(claims);
  }

  async issueRefreshToken(userId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    await this.dataSource.getRepository(RefreshTokenEntity).insert({
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt,
      revokedAt: null,
      replacedById: null,
    });
    return { token, expiresAt };
  }

  /**
   * Exchanges a refresh token for a new one of the same family. Presenting a token that was already
   * rotated or revoked means it leaked: the whole family is revoked. The family keeps the expiry of
   * the first sign-in (an absolute session limit), so rotation never extends a session.
   */
  async rotate(token: string): Promise<{ user: UserEntity; refresh: IssuedRefreshToken }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(RefreshTokenEntity).findOne({
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw invalidRefresh();
      // A reused token: report it rather than throw here, because throwing would roll back the
      // revocation along with the transaction.
      if (current.revokedAt !== null) return { reusedFamilyId: current.familyId } as const;
      if (current.expiresAt.getTime() <= Date.now()) throw invalidRefresh();
      const user = await manager.getRepository(UserEntity).findOneBy({ id: current.userId });
      if (!user || user.disabledAt !== null) throw invalidRefresh();

      const next = randomBytes(32).toString('base64url');
      const inserted = await manager.getRepository(RefreshTokenEntity).insert({
        userId: user.id,
        familyId: current.familyId,
        tokenHash: sha256(next),
        expiresAt: current.expiresAt,
        revokedAt: null,
        replacedById: null,
      });
      const nextId = (inserted.identifiers[0] as { id: string }).id;
      await manager
        .getRepository(RefreshTokenEntity)
        .update({ id: current.id }, { revokedAt: new Date(), replacedById: nextId });
      return { user, refresh: { token: next, expiresAt: current.expiresAt } };
    });
    if ('reusedFamilyId' in outcome) {
      await this.dataSource
        .getRepository(RefreshTokenEntity)
        .update({ familyId: outcome.reusedFamilyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      throw invalidRefresh();
    }
    return outcome;
  }

  /** Ends the session the token belongs to. Unknown tokens are ignored: logout always succeeds. */
  async revokeFamilyOf(token: string): Promise<void> {
    const repo = this.dataSource.getRepository(RefreshTokenEntity);
    const found = await repo.findOneBy({ tokenHash: sha256(token) });
    if (found) await repo.update({ familyId: found.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user (disabled account, password change). */
  async revokeAllOfUser(userId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

const invalidRefresh = () => new AppError(401, 'INVALID_REFRESH_TOKEN', 'Your session has ended. Sign in again.');
