import type { User } from '@proprio/contracts';
import type { UserEntity } from './user.entity.js';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    professionalTitle: entity.professionalTitle,
    disabled: entity.disabledAt !== null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    version: entity.version,
  };
}
