import type { NoteSignature, ProgressNoteStatus } from '@proprio/contracts';

/** "Jane Doe, PT, DPT": the signer as identified at signing (the title only when one was recorded). */
export function signerText(signature: Pick<NoteSignature, 'name' | 'professionalTitle'>): string {
  return signature.professionalTitle ? `${signature.name}, ${signature.professionalTitle}` : signature.name;
}

/** "No addenda", "1 addendum", "3 addenda". */
export function addendaText(count: number): string {
  if (count === 0) return 'No addenda';
  return count === 1 ? '1 addendum' : `${count} addenda`;
}

/** "10 visits since the last progress report": the banner's headline (REFERENCE §6.2). */
export function visitsSinceReportText(progress: Pick<ProgressNoteStatus, 'visitsSinceLastProgressNote'>): string {
  const count = progress.visitsSinceLastProgressNote;
  return `${count} ${count === 1 ? 'visit' : 'visits'} since the last progress report`;
}

/** The rule the clinic applies: "due every 10 visits" or "due every 10 visits or 30 days, whichever comes first". */
export function progressRuleText(
  progress: Pick<ProgressNoteStatus, 'progressNoteInterval' | 'progressNoteDayLimit'>,
): string {
  const visits = `every ${progress.progressNoteInterval} ${progress.progressNoteInterval === 1 ? 'visit' : 'visits'}`;
  return progress.progressNoteDayLimit === null
    ? `due ${visits}`
    : `due ${visits} or ${progress.progressNoteDayLimit} days, whichever comes first`;
}
