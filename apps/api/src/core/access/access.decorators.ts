import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@proprio/contracts';

export const IS_PUBLIC = 'proprio:isPublic';
export const REQUIRED_PERMISSIONS = 'proprio:requiredPermissions';

/** Opens a route to anonymous callers. Deny by default: every other route needs a valid token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The permissions a route needs. A route that declares none is refused (deny by default). */
export const RequirePermission = (...permissions: Permission[]) => SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** For routes about the caller themself (`/me`): any signed-in user may use them. */
export const AnySignedInUser = () => SetMetadata(REQUIRED_PERMISSIONS, []);
