import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import type { AuthenticatedUser } from '../tenancy/request-context.js';
import type { AccessTokenClaims } from './token.service.js';

/**
 * Verifies the bearer token (algorithm pinned, issuer and audience checked) and then loads the user,
 * so a disabled account or a changed role takes effect on the very next request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<AuthenticatedUser | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.cid !== 'string') return false;
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: claims.sub, clinicId: claims.cid }, relations: { clinic: true } });
    if (!user || user.disabledAt !== null || !user.clinic) return false;
    return {
      userId: user.id,
      clinicId: user.clinicId,
      role: user.role,
      email: user.email,
      displayName: user.displayName,
      clinicName: user.clinic.name,
    };
  }
}
