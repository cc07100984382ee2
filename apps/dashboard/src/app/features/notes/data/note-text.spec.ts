import { addendaText, progressRuleText, signerText, visitsSinceReportText } from './note-text';

describe('note wording', () => {
  it('names the signer with their professional title when one was recorded', () => {
    expect(signerText({ name: 'Jane Therapist', professionalTitle: 'PT, DPT' })).toBe('Jane Therapist, PT, DPT');
    expect(signerText({ name: 'Jane Therapist', professionalTitle: null })).toBe('Jane Therapist');
  });

  it('counts addenda and visits in words', () => {
    expect([0, 1, 3].map(addendaText)).toEqual(['No addenda', '1 addendum', '3 addenda']);
    expect(visitsSinceReportText({ visitsSinceLastProgressNote: 1 })).toBe('1 visit since the last progress report');
    expect(visitsSinceReportText({ visitsSinceLastProgressNote: 10 })).toBe('10 visits since the last progress report');
  });

  it('states the clinic’s rule, with the calendar limit when it has one', () => {
    expect(progressRuleText({ progressNoteInterval: 10, progressNoteDayLimit: null })).toBe('due every 10 visits');
    expect(progressRuleText({ progressNoteInterval: 10, progressNoteDayLimit: 30 })).toBe(
      'due every 10 visits or 30 days, whichever comes first',
    );
  });
});
