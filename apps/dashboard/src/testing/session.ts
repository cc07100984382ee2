import { TestBed } from '@angular/core/testing';
import type { Role } from '@proprio/contracts';

import { AuthStore } from '../app/core/auth/auth-store';
import { tokenResponse } from './fixtures';

/** Puts a signed-in session in the store, as a successful sign-in would. */
export function signInAs(role: Role = 'therapist', accessToken = 'access-1'): AuthStore {
  const store = TestBed.inject(AuthStore);
  store.setSession(tokenResponse(accessToken, role));
  return store;
}
