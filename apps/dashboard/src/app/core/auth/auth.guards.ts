import { inject } from '@angular/core';
import { Router, type CanActivateFn, type CanMatchFn } from '@angular/router';
import type { Permission } from '@proprio/contracts';

import { AuthStore } from './auth-store';
import { HOME_PATH, SIGN_IN_PATH } from './session';

/** Signed-in pages: anyone else is sent to sign in, and brought back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).isSignedIn()) {
    return true;
  }
  return inject(Router).createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};

/** The sign-in page is pointless once signed in. */
export const signedOutGuard: CanActivateFn = () =>
  inject(AuthStore).isSignedIn() ? inject(Router).createUrlTree([HOME_PATH]) : true;

/**
 * Routes only some roles may use. `canMatch` also keeps the lazy chunk from being downloaded by users
 * who may not open it. The API enforces the same rule; this only avoids showing a page that would fail.
 */
export function permissionGuard(permission: Permission): CanMatchFn {
  return () => (inject(AuthStore).can(permission) ? true : inject(Router).createUrlTree([HOME_PATH]));
}
