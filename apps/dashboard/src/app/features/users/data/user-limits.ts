import { FIELD_LIMITS, PROFESSIONAL_TITLE_MAX_LENGTH } from '@proprio/contracts';

/** Client-side limits: the API's own (shared through the contracts), so both refuse the same input. */
export const USER_LIMITS = {
  emailMaxLength: FIELD_LIMITS.user.email,
  displayNameMaxLength: FIELD_LIMITS.user.displayName,
  professionalTitleMaxLength: PROFESSIONAL_TITLE_MAX_LENGTH,
} as const;

/** What the title field sends: trimmed, and null when blank (the API stores no title then). */
export function professionalTitleRequest(typed: string): string | null {
  const trimmed = typed.trim();
  return trimmed === '' ? null : trimmed;
}
