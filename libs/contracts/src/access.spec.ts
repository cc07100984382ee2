import { describe, expect, it } from '@jest/globals';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, hasPermission } from './access.js';

describe('roles and permissions', () => {
  it('keeps the clinical sign-offs with therapists: assistants never sign notes or advance phases', () => {
    expect(hasPermission('therapist', 'note:sign')).toBe(true);
    expect(hasPermission('therapist', 'programme:advance')).toBe(true);
    expect(hasPermission('assistant', 'note:sign')).toBe(false);
    expect(hasPermission('assistant', 'programme:advance')).toBe(false);
    expect(hasPermission('assistant', 'patient:archive')).toBe(false);
    expect(hasPermission('admin', 'note:sign')).toBe(false);
  });

  it('lets only admins manage users and clinic settings and read the audit trail', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, 'user:manage')).toBe(role === 'admin');
      expect(hasPermission(role, 'clinic:manage')).toBe(role === 'admin');
      expect(hasPermission(role, 'audit:read')).toBe(role === 'admin');
    }
  });

  it('grants only known permissions, each at most once', () => {
    for (const role of ROLES) {
      const granted = ROLE_PERMISSIONS[role];
      expect(new Set(granted).size).toBe(granted.length);
      for (const permission of granted) expect(PERMISSIONS).toContain(permission);
    }
  });

  it('matches the reviewed matrix (a change in access shows up here as a diff)', () => {
    expect(ROLE_PERMISSIONS).toMatchInlineSnapshot(`
     {
       "admin": [
         "patient:read",
         "episode:read",
         "export:read",
         "library:read",
         "patient:write",
         "patient:archive",
         "episode:write",
         "user:read",
         "user:manage",
         "clinic:manage",
         "library:write",
         "audit:read",
       ],
       "assistant": [
         "patient:read",
         "episode:read",
         "export:read",
         "library:read",
         "patient:write",
         "episode:write",
         "measure:write",
         "session:write",
         "note:write",
       ],
       "therapist": [
         "patient:read",
         "episode:read",
         "export:read",
         "library:read",
         "patient:write",
         "patient:archive",
         "episode:write",
         "user:read",
         "measure:write",
         "session:write",
         "library:write",
         "programme:write",
         "programme:advance",
         "note:write",
         "note:sign",
       ],
     }
    `);
  });
});
