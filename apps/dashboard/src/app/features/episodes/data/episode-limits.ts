import { FIELD_LIMITS } from '@proprio/contracts';

/** Client-side limits: the API's own (shared through the contracts), so both refuse the same input. */
export const EPISODE_LIMITS = {
  sportMaxLength: FIELD_LIMITS.episode.sport,
  tegnerMin: FIELD_LIMITS.episode.tegnerMin,
  tegnerMax: FIELD_LIMITS.episode.tegnerMax,
} as const;
