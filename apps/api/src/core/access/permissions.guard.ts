import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, type Permission } from '@proprio/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { AuthenticatedUser } from '../tenancy/request-context.js';
import { IS_PUBLIC, REQUIRED_PERMISSIONS } from './access.decorators.js';

/** Runs after authentication: checks the role's permissions; undeclared routes are refused. */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, targets);
    const user = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>().user;
    if (!user) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to continue.');
    if (required === undefined || !required.every((p) => hasPermission(user.role, p))) {
      throw new AppError(403, 'FORBIDDEN', 'You do not have permission to do that.');
    }
    return true;
  }
}
