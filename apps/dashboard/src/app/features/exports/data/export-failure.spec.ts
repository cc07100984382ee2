import { apiError } from '../../../../testing/fixtures';
import { exportFailureMessage } from './export-failure';

describe('exportFailureMessage', () => {
  it('tells the clinician what to do when the export needs a signed note or a programme', () => {
    expect(exportFailureMessage('fhir', apiError({ statusCode: 409, code: 'NO_SIGNED_NOTE' }))).toBe(
      'Sign a note first: the FHIR document is built around the episode’s latest signed note.',
    );
    expect(exportFailureMessage('summary-pdf', apiError({ statusCode: 409, code: 'NO_SIGNED_NOTE' }))).toMatch(
      /^Sign a note first/,
    );
    expect(exportFailureMessage('rts-pdf', apiError({ statusCode: 404, code: 'PROGRAMME_NOT_FOUND' }))).toMatch(
      /^Assign a programme first/,
    );
  });

  it('explains a refused criteria set and a missing note in words', () => {
    expect(exportFailureMessage('rts-pdf', apiError({ statusCode: 400, code: 'VALIDATION_FAILED' }))).toBe(
      'Choose one of the criteria sets of the programme’s protocol.',
    );
    expect(exportFailureMessage('note-pdf', apiError({ statusCode: 404, code: 'NOTE_NOT_FOUND' }))).toMatch(
      /no longer exists/,
    );
    expect(exportFailureMessage('csv', apiError({ statusCode: 403, code: 'FORBIDDEN' }))).toBe(
      'You do not have permission to export this record.',
    );
  });

  it('passes connection and session problems through as the API error says them', () => {
    const offline = apiError({
      statusCode: 0,
      code: 'SERVICE_UNAVAILABLE',
      message: 'The Proprio server cannot be reached.',
    });
    expect(exportFailureMessage('csv', offline)).toBe('The Proprio server cannot be reached.');
  });

  it('names the document for any other failure, keeping the API’s explanation', () => {
    const failure = apiError({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Unexpected error.' });
    expect(exportFailureMessage('summary-pdf', failure)).toBe(
      'The progress summary could not be prepared. Unexpected error.',
    );
    expect(exportFailureMessage('fhir', failure)).toBe('The FHIR document could not be prepared. Unexpected error.');
  });
});
