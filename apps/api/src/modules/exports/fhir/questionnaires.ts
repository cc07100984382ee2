import { INSTRUMENT_LABELS } from '@proprio/clinical';
import type { QuestionnaireResponse as ResponseRecord } from '@proprio/contracts';
import { nonEmpty, type BundleEntries } from './bundle-entries.js';
import type { Observation, QuestionnaireResponse, QuestionnaireResponseItem, Reference } from './fhir-r4.js';
import { quantity } from './observations.js';
import type { Practitioners } from './participants.js';
import {
  codeable,
  IDENTIFIER_SYSTEMS,
  promScaleConcept,
  questionnaireCanonical,
  STANDARD_CONCEPTS,
} from './terminology.js';
import { fhirString } from './text.js';

export interface ResponseResources {
  response: ResponseRecord;
  questionnaireResponse: Reference;
  scores: Reference[];
}

interface Context {
  entries: BundleEntries;
  subject: Reference;
  practitioners: Practitioners;
}

/**
 * A QuestionnaireResponse per current PROM response, answers by item id only (the instruments' item
 * text is licensed and not shipped, REFERENCE §3), and an Observation (category survey) per score
 * with `derivedFrom` the response. Scores use local codes: the KOOS and LEFS LOINC codes are disputed
 * (REFERENCE §7.2). A scale left unscored (too few items answered) gets no Observation.
 */
export function questionnaireResources(ctx: Context, responses: readonly ResponseRecord[]): ResponseResources[] {
  return responses
    .filter((response) => response.status === 'current')
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.createdAt.localeCompare(b.createdAt))
    .map((response) => {
      const label = INSTRUMENT_LABELS[response.instrument];
      const status = response.supersedesId === null ? 'completed' : 'amended';
      const questionnaireResponse = ctx.entries.add(
        (id): QuestionnaireResponse => ({
          resourceType: 'QuestionnaireResponse',
          id,
          identifier: { system: IDENTIFIER_SYSTEMS.uri, value: `urn:uuid:${response.id}` },
          questionnaire: questionnaireCanonical(response.instrument),
          status,
          subject: ctx.subject,
          authored: response.completedOn,
          author: ctx.practitioners.reference(response.createdBy),
          source: ctx.subject,
          item: nonEmpty(answerItems(response.answers)),
        }),
        label,
      ).reference;
      const scores = Object.entries(response.scores).flatMap(([scale, score]) => {
        const concept = promScaleConcept(response.instrument, scale);
        if (score === null || !Number.isFinite(score)) return [];
        if (concept === null)
          throw new Error(`No code for the ${response.instrument} scale '${scale}' in the terminology table.`);
        return [
          ctx.entries.add(
            (id): Observation => ({
              resourceType: 'Observation',
              id,
              identifier: [{ system: IDENTIFIER_SYSTEMS.questionnaireResponse, value: `${response.id}/${scale}` }],
              status: status === 'completed' ? 'final' : 'amended',
              category: [codeable(STANDARD_CONCEPTS.categorySurvey)],
              code: codeable(concept, concept.display),
              subject: ctx.subject,
              effectiveDateTime: response.completedOn,
              issued: response.createdAt,
              valueQuantity: quantity(score, concept.unit),
              derivedFrom: [questionnaireResponse],
            }),
            concept.display,
          ).reference,
        ];
      });
      return { response, questionnaireResponse, scores };
    });
}

/** One item per answered item id, typed as answered; unanswered items are left out. */
function answerItems(answers: Record<string, unknown>): QuestionnaireResponseItem[] {
  return Object.entries(answers).flatMap(([linkId, value]): QuestionnaireResponseItem[] => {
    if (value === null || value === undefined) return [];
    if (typeof value === 'boolean') return [{ linkId, answer: [{ valueBoolean: value }] }];
    if (typeof value === 'number' && Number.isFinite(value)) {
      const whole = Number.isInteger(value) && Math.abs(value) <= 2_147_483_647;
      return [{ linkId, answer: [whole ? { valueInteger: value } : { valueDecimal: value }] }];
    }
    const text = fhirString(typeof value === 'string' ? value : JSON.stringify(value));
    return text === null ? [] : [{ linkId, answer: [{ valueString: text }] }];
  });
}
