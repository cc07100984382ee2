import type { ApiError } from '@proprio/contracts';

import { EXPORT_LABELS, type ExportKind } from './exports-api';

/**
 * What to tell the clinician when an export fails: what to do about it when they can do something
 * (sign a note, assign a programme), else the API's own explanation.
 */
export function exportFailureMessage(kind: ExportKind, error: ApiError): string {
  switch (error.code) {
    case 'NO_SIGNED_NOTE':
      return kind === 'fhir'
        ? 'Sign a note first: the FHIR document is built around the episode’s latest signed note.'
        : 'Sign a note first: this export needs a signed note.';
    case 'PROGRAMME_NOT_FOUND':
      return 'Assign a programme first: the report checks a criteria set of the programme’s protocol.';
    case 'NOTE_NOT_FOUND':
      return 'This note no longer exists (a draft may have been discarded). Reload the page.';
    case 'EPISODE_NOT_FOUND':
      return 'This episode could not be found. Reload the page.';
    case 'VALIDATION_FAILED':
      return kind === 'rts-pdf'
        ? 'Choose one of the criteria sets of the programme’s protocol.'
        : `The ${EXPORT_LABELS[kind]} could not be prepared: ${error.message}`;
    case 'FORBIDDEN':
      return 'You do not have permission to export this record.';
    case 'UNAUTHENTICATED':
    case 'SERVICE_UNAVAILABLE':
    case 'TOO_MANY_REQUESTS':
      return error.message;
    default:
      return `The ${EXPORT_LABELS[kind]} could not be prepared. ${error.message}`;
  }
}
