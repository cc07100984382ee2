import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@proprio/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

/** Who is asking, for which clinic. Every use case takes it first; every query filters by clinicId. */
export interface RequestContext {
  clinicId: string;
  userId: string;
  role: Role;
}

/** The signed-in principal as the JWT strategy loads it from the database on each request. */
export interface AuthenticatedUser extends RequestContext {
  email: string;
  displayName: string;
  clinicName: string;
}

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
  const user = request.user;
  if (!user) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to continue.');
  return { clinicId: user.clinicId, userId: user.userId, role: user.role };
});

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
  if (!request.user) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to continue.');
  return request.user;
});
