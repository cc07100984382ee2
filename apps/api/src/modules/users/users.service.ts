import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, User } from '@proprio/contracts';
import { DataSource } from 'typeorm';
import { PasswordService } from '../../core/auth/password.service.js';
import { TokenService } from '../../core/auth/token.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { updateVersioned } from '../../core/persistence/versioned-update.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { PageQueryDto } from '../../core/validation/page-query.dto.js';
import type { ChangePasswordDto } from './dto/change-password.dto.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { UserEntity } from './user.entity.js';
import { toUser } from './user.mapper.js';

const USER_NOT_FOUND = { code: 'USER_NOT_FOUND', what: 'The user' } as const;

/** An admin manages the users of their own clinic, and only those. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
  ) {}

  async list(ctx: RequestContext, query: PageQueryDto): Promise<Page<User>> {
    const [rows, total] = await this.dataSource.getRepository(UserEntity).findAndCount({
      where: { clinicId: ctx.clinicId },
      order: { displayName: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(toUser), total, limit: query.limit, offset: query.offset };
  }

  async get(ctx: RequestContext, id: string): Promise<User> {
    return toUser(await this.find(ctx, id));
  }

  async create(ctx: RequestContext, dto: CreateUserDto): Promise<User> {
    const passwordHash = await this.passwords.hash(dto.password);
    const repo = this.dataSource.getRepository(UserEntity);
    const { identifiers } = await repo.insert({
      clinicId: ctx.clinicId,
      email: dto.email,
      displayName: dto.displayName,
      role: dto.role,
      professionalTitle: dto.professionalTitle ?? null,
      passwordHash,
      disabledAt: null,
    });
    return this.get(ctx, (identifiers[0] as { id: string }).id);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<User> {
    if (id === ctx.userId && (dto.role !== undefined || dto.disabled !== undefined)) {
      // An admin who demotes or disables themself can lock a clinic out of its own administration.
      throw new AppError(409, 'CANNOT_CHANGE_OWN_ACCOUNT', 'You cannot change your own role or disable yourself.');
    }
    const changes: Partial<UserEntity> = {};
    if (dto.displayName !== undefined) changes.displayName = dto.displayName;
    if (dto.role !== undefined) changes.role = dto.role;
    if (dto.professionalTitle !== undefined) changes.professionalTitle = dto.professionalTitle;
    if (dto.disabled !== undefined) changes.disabledAt = dto.disabled ? new Date() : null;
    await this.dataSource.transaction(async (manager) => {
      await updateVersioned(
        manager,
        UserEntity,
        { id, clinicId: ctx.clinicId, version: dto.version },
        changes,
        USER_NOT_FOUND,
      );
    });
    if (dto.disabled) await this.tokens.revokeAllOfUser(id);
    return this.get(ctx, id);
  }

  async changeOwnPassword(ctx: RequestContext, dto: ChangePasswordDto): Promise<void> {
    const user = await this.find(ctx, ctx.userId);
    if (!(await this.passwords.verify(user.passwordHash, dto.currentPassword))) {
      throw AppError.validation([{ field: 'currentPassword', issue: 'is not your current password' }]);
    }
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.dataSource.getRepository(UserEntity).update({ id: user.id, clinicId: ctx.clinicId }, { passwordHash });
    // A changed password ends every other session too.
    await this.tokens.revokeAllOfUser(user.id);
  }

  private async find(ctx: RequestContext, id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id, clinicId: ctx.clinicId });
    if (!user) throw AppError.notFound(USER_NOT_FOUND.code, USER_NOT_FOUND.what);
    return user;
  }
}
