import {
  ACL_RSI_FORMS,
  IKDC_ITEMS,
  INSTRUMENT_LABELS,
  KOOS12_SCALE_KEYS,
  KOOS12_SCALES,
  KOOS_SUBSCALE_KEYS,
  KOOS_SUBSCALES,
  KOS_ADLS_ITEM_IDS,
  LEFS_ITEM_IDS,
  LYSHOLM_ITEM_POINTS,
  scoreQuestionnaire,
  type Instrument,
} from '@proprio/clinical';

/**
 * How each questionnaire is laid out for data entry. Items are shown by their neutral identifiers
 * only (P1, 9a, R3…): the questionnaires' wording is licensed and stays on the paper or licensed
 * form. Which answers an item accepts is asked of the clinical library itself, so the screen can
 * never offer a value the library (and the API) would refuse.
 */

export type AnswerValue = number | string;

export interface AnswerOption {
  value: AnswerValue;
  text: string;
}

export interface ItemField {
  id: string;
  label: string;
  /** `number`: a compact input for a contiguous integer range; `choice`: a list of the allowed answers. */
  kind: 'number' | 'choice';
  options: readonly AnswerOption[];
  min: number | null;
  max: number | null;
}

export interface ItemSection {
  key: string;
  label: string;
  /** What the numbers mean, in neutral terms ("0 (none) to 4 (extreme)"). */
  hint: string;
  /** The score of this section in `QuestionnaireOutcome.scores`, shown next to its heading. */
  scoreKey: string | null;
  items: readonly ItemField[];
}

export interface InstrumentLayout {
  instrument: Instrument;
  label: string;
  /** Data-entry conventions of the library for this instrument. */
  guidance: string;
  sections: readonly ItemSection[];
}

const CANDIDATE_ANSWERS: readonly AnswerValue[] = [...Array.from({ length: 101 }, (_, i) => i), 'yes', 'no'];

/** The answers the library accepts for one item, found by asking `scoreQuestionnaire` itself. */
export function allowedAnswers(instrument: Instrument, itemId: string): AnswerValue[] {
  return CANDIDATE_ANSWERS.filter((candidate) => scoreQuestionnaire(instrument, { [itemId]: candidate }).ok);
}

function optionText(value: AnswerValue): string {
  return typeof value === 'string' ? value.charAt(0).toUpperCase() + value.slice(1) : String(value);
}

function field(instrument: Instrument, id: string, label: string = id): ItemField {
  const allowed = allowedAnswers(instrument, id);
  const numbers = allowed.filter((value): value is number => typeof value === 'number');
  const contiguous =
    numbers.length === allowed.length &&
    numbers.length > 1 &&
    numbers.every((value, index) => index === 0 || value === (numbers[index - 1] ?? Number.NaN) + 1);
  return {
    id,
    label,
    kind: contiguous ? 'number' : 'choice',
    options: allowed.map((value) => ({ value, text: optionText(value) })),
    min: numbers.length ? Math.min(...numbers) : null,
    max: numbers.length ? Math.max(...numbers) : null,
  };
}

function section(
  instrument: Instrument,
  key: string,
  label: string,
  hint: string,
  scoreKey: string | null,
  ids: readonly string[],
  labelOf: (id: string) => string = (id) => id,
): ItemSection {
  return { key, label, hint, scoreKey, items: ids.map((id) => field(instrument, id, labelOf(id))) };
}

const LYSHOLM_LABELS: Readonly<Record<string, string>> = {
  limp: 'Limp',
  support: 'Support',
  locking: 'Locking',
  instability: 'Instability',
  pain: 'Pain',
  swelling: 'Swelling',
  stairs: 'Stairs',
  squatting: 'Squatting',
};

function build(instrument: Instrument): InstrumentLayout {
  const label = INSTRUMENT_LABELS[instrument];
  switch (instrument) {
    case 'koos':
      return {
        instrument,
        label,
        guidance:
          'Enter each answer as marked, 0 (none) to 4 (extreme). Two boxes marked: the more severe; a mark between boxes: the nearest box.',
        sections: KOOS_SUBSCALE_KEYS.map((key) =>
          section(
            instrument,
            key,
            KOOS_SUBSCALES[key].label,
            '0 (none) to 4 (extreme)',
            key,
            KOOS_SUBSCALES[key].items,
          ),
        ),
      };
    case 'koos12':
      return {
        instrument,
        label,
        guidance:
          'Enter each answer as marked, 0 (no problem) to 4 (extreme). Item ids are positional within each scale.',
        sections: KOOS12_SCALE_KEYS.map((key) =>
          section(instrument, key, KOOS12_SCALES[key].label, '0 (none) to 4 (extreme)', key, KOOS12_SCALES[key].items),
        ),
      };
    case 'ikdc':
      return {
        instrument,
        label,
        guidance:
          'Items 1, 4, 5, 7, 8 and 9a–9i: the scored value, 0–4 (4 = best answer). Items 2 and 3: the 0–10 mark as on the form. Item 6: yes or no. Item 10a (function before injury) is recorded but not scored; 10b is current function, 0–10.',
        sections: [
          section(
            instrument,
            'items',
            'Items',
            'At least 16 of the 18 scored items are needed',
            'total',
            IKDC_ITEMS.map((item) => item.id),
            (id) => `Item ${id}`,
          ),
        ],
      };
    case 'acl_rsi':
    case 'acl_rsi_short':
      return {
        instrument,
        label,
        guidance:
          'Enter each rating on 0–100 in steps of 10 (the 0–10 mark × 10; 100 = most favourable). Every item is needed.',
        sections: [
          section(
            instrument,
            'items',
            'Items',
            '0, 10, … 100',
            'total',
            ACL_RSI_FORMS[instrument === 'acl_rsi' ? 'full' : 'short'],
          ),
        ],
      };
    case 'tegner':
      return {
        instrument,
        label,
        guidance: 'Activity levels 0 (sick leave or disability because of the knee) to 10 (elite competitive sport).',
        sections: [
          section(
            instrument,
            'levels',
            'Levels',
            '0 to 10; either may be left blank',
            null,
            ['preInjury', 'current'],
            (id) => (id === 'preInjury' ? 'Pre-injury level' : 'Current level'),
          ),
        ],
      };
    case 'lysholm':
      return {
        instrument,
        label,
        guidance: 'Choose the points of the answer marked (modified 1985 weights). All 8 items are needed.',
        sections: [
          section(
            instrument,
            'items',
            'Items',
            'Points as on the form',
            'total',
            Object.keys(LYSHOLM_ITEM_POINTS),
            (id) => LYSHOLM_LABELS[id] ?? id,
          ),
        ],
      };
    case 'lefs':
      return {
        instrument,
        label,
        guidance: 'Enter each answer, 0 (extreme difficulty or unable) to 4 (no difficulty). All 20 items are needed.',
        sections: [section(instrument, 'items', 'Items', '0 to 4', 'total', LEFS_ITEM_IDS)],
      };
    case 'kos_adls':
      return {
        instrument,
        label,
        guidance: 'Enter each answer, 0 (unable) to 5 (no difficulty). All 14 items are needed.',
        sections: [section(instrument, 'items', 'Items', '0 to 5', 'total', KOS_ADLS_ITEM_IDS)],
      };
    case 'global_rating':
      return {
        instrument,
        label,
        guidance: 'One rating of knee function, 0 (complete loss) to 100 (pre-injury level).',
        sections: [
          section(instrument, 'rating', 'Rating', 'A whole number from 0 to 100', 'total', ['rating'], () => 'Rating'),
        ],
      };
  }
}

const LAYOUTS = new Map<Instrument, InstrumentLayout>();

/** The layout of an instrument, worked out once. */
export function instrumentLayout(instrument: Instrument): InstrumentLayout {
  let layout = LAYOUTS.get(instrument);
  if (!layout) {
    layout = build(instrument);
    LAYOUTS.set(instrument, layout);
  }
  return layout;
}

/** Every item of the layout, in entry order. */
export function layoutItems(layout: InstrumentLayout): ItemField[] {
  return layout.sections.flatMap((s) => s.items);
}
