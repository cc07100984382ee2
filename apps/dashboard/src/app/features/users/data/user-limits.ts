import { FIELD_LIMITS } from '@proprio/contracts';

/** Client-side limits: the API's own (shared through the contracts), so both refuse the same input. */
export const USER_LIMITS = {
  emailMaxLength: FIELD_LIMITS.user.email,
  displayNameMaxLength: FIELD_LIMITS.user.displayName,
} as const;
