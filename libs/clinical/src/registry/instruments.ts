/** The questionnaires Proprio scores, by the code the API and the dashboard use. */
export const INSTRUMENTS = [
  'ikdc',
  'koos',
  'koos12',
  'acl_rsi',
  'acl_rsi_short',
  'tegner',
  'lysholm',
  'lefs',
  'kos_adls',
  'global_rating',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const INSTRUMENT_LABELS: Readonly<Record<Instrument, string>> = {
  ikdc: 'IKDC Subjective Knee Form',
  koos: 'KOOS',
  koos12: 'KOOS-12',
  acl_rsi: 'ACL-RSI',
  acl_rsi_short: 'ACL-RSI (short form)',
  tegner: 'Tegner activity level',
  lysholm: 'Lysholm knee score',
  lefs: 'LEFS',
  kos_adls: 'KOS-ADLS',
  global_rating: 'Global rating of function',
};

export function isInstrument(value: unknown): value is Instrument {
  return typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value);
}
