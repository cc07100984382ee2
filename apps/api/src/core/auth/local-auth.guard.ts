import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { flattenValidationErrors } from '../validation/validation-pipe.js';
import { LoginDto } from './dto/login.dto.js';

/**
 * Validates the login body before Passport sees it (guards run before pipes), so a malformed
 * request is a 400 naming the field rather than a vague 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
    if (errors.length) throw AppError.validation(flattenValidationErrors(errors));
    request.body = dto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof Error) throw error;
    if (!user) throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
    return user;
  }
}
