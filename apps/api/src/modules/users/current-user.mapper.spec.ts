import { describe, expect, it } from '@jest/globals';
import { toCurrentUser } from './current-user.mapper.js';

describe('toCurrentUser', () => {
  it('shows exactly the public fields, even when given a whole user entity', () => {
    const entity = {
      id: 'u1',
      clinicId: 'c1',
      clinicName: 'Clinic',
      email: 'a@b.example',
      displayName: 'A',
      role: 'assistant' as const,
      passwordHash: '$argon2id$secret',
      userId: 'u1',
    };
    const user = toCurrentUser(entity);
    expect(Object.keys(user).sort()).toEqual([
      'clinicId',
      'clinicName',
      'displayName',
      'email',
      'id',
      'permissions',
      'role',
    ]);
    expect(user.permissions).toContain('measure:write');
    expect(user.permissions).not.toContain('note:sign');
  });
});
