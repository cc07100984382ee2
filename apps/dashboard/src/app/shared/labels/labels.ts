import type { InvolvedSide, Role, Sex } from '@proprio/contracts';

/**
 * Display labels the contracts do not carry (they are purely presentational). Clinical labels such
 * as conditions and graft types come from `@proprio/contracts` so exports and screens agree.
 */
export const SEX_LABELS: Readonly<Record<Sex, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

export const SIDE_LABELS: Readonly<Record<InvolvedSide, string>> = {
  left: 'Left',
  right: 'Right',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  therapist: 'Therapist',
  assistant: 'Assistant',
};

/** Calendar-date display format: unambiguous day-month order whatever the locale ("5 Mar 2026"). */
export const DATE_FORMAT = 'd MMM y';
