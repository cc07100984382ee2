import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Role } from '@proprio/contracts';
import { AppError } from '../errors/app-error.js';
import type { AuthenticatedUser } from '../tenancy/request-context.js';
import { AnySignedInUser, Public, RequirePermission } from './access.decorators.js';
import { PermissionsGuard } from './permissions.guard.js';

class Routes {
  undeclared(): void {}
  @Public() open(): void {}
  @RequirePermission('user:manage') manageUsers(): void {}
  @RequirePermission('patient:read', 'patient:archive') archive(): void {}
  @AnySignedInUser() me(): void {}
  @RequirePermission() emptyList(): void {}
}

@RequirePermission('user:read')
class ClassLevel {
  inherits(): void {}
  @RequirePermission('patient:read') overrides(): void {}
  @Public() open(): void {}
}

@Public()
class PublicClass {
  anything(): void {}
}

type Handler = (...args: never[]) => unknown;
const guard = new PermissionsGuard(new Reflector());

function userOf(role: Role): AuthenticatedUser {
  return { userId: 'u1', clinicId: 'c1', role, email: `${role}@clinic.test`, displayName: role, clinicName: 'Clinic' };
}

function contextFor(controller: new () => object, handler: Handler, user?: AuthenticatedUser): ExecutionContext {
  return {
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => ({ user }) }),
  } as unknown as ExecutionContext;
}

/** Runs the guard: true when it lets the request through, otherwise the AppError it threw. */
function check(controller: new () => object, handler: Handler, user?: AuthenticatedUser): true | AppError {
  try {
    expect(guard.canActivate(contextFor(controller, handler, user))).toBe(true);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
}

const forbidden = expect.objectContaining({ statusCode: 403, code: 'FORBIDDEN' });

describe('PermissionsGuard', () => {
  it('refuses a route that declares no permissions with 403, even for an admin', () => {
    for (const role of ROLES) expect(check(Routes, Routes.prototype.undeclared, userOf(role))).toEqual(forbidden);
  });

  it('lets anyone through a public route, signed in or not', () => {
    expect(check(Routes, Routes.prototype.open)).toBe(true);
    expect(check(Routes, Routes.prototype.open, userOf('assistant'))).toBe(true);
    expect(check(PublicClass, PublicClass.prototype.anything)).toBe(true);
    expect(check(ClassLevel, ClassLevel.prototype.open)).toBe(true);
  });

  it('answers 401 when a protected route has no signed-in user', () => {
    for (const handler of [Routes.prototype.manageUsers, Routes.prototype.me, Routes.prototype.undeclared]) {
      expect(check(Routes, handler)).toEqual(expect.objectContaining({ statusCode: 401, code: 'UNAUTHENTICATED' }));
    }
  });

  it('refuses a role that lacks the permission with 403 and lets one that has it through', () => {
    expect(check(Routes, Routes.prototype.manageUsers, userOf('admin'))).toBe(true);
    expect(check(Routes, Routes.prototype.manageUsers, userOf('therapist'))).toEqual(forbidden);
    expect(check(Routes, Routes.prototype.manageUsers, userOf('assistant'))).toEqual(forbidden);
  });

  it('needs every listed permission, not just one', () => {
    // The assistant may read patients but not archive them.
    expect(ROLE_PERMISSIONS.assistant).toContain('patient:read');
    expect(check(Routes, Routes.prototype.archive, userOf('assistant'))).toEqual(forbidden);
    expect(check(Routes, Routes.prototype.archive, userOf('therapist'))).toBe(true);
  });

  it('lets any signed-in user through an @AnySignedInUser route', () => {
    for (const role of ROLES) expect(check(Routes, Routes.prototype.me, userOf(role))).toBe(true);
    expect(check(Routes, Routes.prototype.emptyList, userOf('assistant'))).toBe(true);
  });

  it('applies a controller’s permissions to its routes, a route’s own taking precedence', () => {
    expect(check(ClassLevel, ClassLevel.prototype.inherits, userOf('therapist'))).toBe(true);
    expect(check(ClassLevel, ClassLevel.prototype.inherits, userOf('assistant'))).toEqual(forbidden);
    expect(check(ClassLevel, ClassLevel.prototype.overrides, userOf('assistant'))).toBe(true);
  });

  it('grants exactly the permissions of each role, for every role and permission', () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        class One {
          @RequirePermission(permission) route(): void {}
        }
        const allowed = ROLE_PERMISSIONS[role].includes(permission);
        const outcome = check(One, One.prototype.route, userOf(role));
        expect({ role, permission, allowed: outcome === true }).toEqual({ role, permission, allowed });
      }
    }
  });
});
