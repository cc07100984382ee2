/**
 * Field limits shared by the API (validation and column sizes) and the dashboard (form validators),
 * so both refuse the same input.
 */
export const FIELD_LIMITS = {
  patient: { recordNumber: 40, name: 100, email: 254, phone: 40 },
  episode: { sport: 100, tegnerMin: 0, tegnerMax: 10 },
  user: { email: 254, displayName: 120 },
} as const;
