import { TestBed } from '@angular/core/testing';

import { tokenResponse } from '../../../testing/fixtures';
import { AuthStore } from './auth-store';

describe('AuthStore', () => {
  it('grants exactly the permissions of the signed-in role', () => {
    const store = TestBed.inject(AuthStore);
    expect(store.can('patient:read')).toBe(false);

    store.setSession(tokenResponse('t', 'assistant'));
    expect(store.can('patient:write')).toBe(true);
    expect(store.can('patient:archive')).toBe(false);
    expect(store.can('user:manage')).toBe(false);

    store.setSession(tokenResponse('t', 'admin'));
    expect(store.can('user:manage')).toBe(true);
  });

  it('keeps the token in memory only, and forgets everything on clear', () => {
    const store = TestBed.inject(AuthStore);
    store.setSession(tokenResponse('secret-token'));
    expect(store.accessToken()).toBe('secret-token');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('secret-token');
    expect(document.cookie).not.toContain('secret-token');

    store.clear();
    expect(store.isSignedIn()).toBe(false);
    expect(store.user()).toBeNull();
    expect(store.accessToken()).toBeNull();
  });
});
