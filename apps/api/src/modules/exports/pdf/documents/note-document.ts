import { NOTE_TYPE_LABELS, type Note, type NoteSignature } from '@proprio/contracts';
import { callout, documentTitle, type CalloutLine, fieldList, heading, paragraph, subheading } from '../kit/blocks.js';
import { formatDate, formatDateTime } from '../kit/format.js';
import { COLOURS, openDocument } from '../kit/pdf-document.js';
import { hasIntactContent } from '../../../notes/note-content-hash.js';
import { episodeLine, patientName, type EpisodeSummary, type PatientIdentity } from './patient-lines.js';

/** The diagonal label of every page of a note that is not signed. */
export const DRAFT_WATERMARK = 'DRAFT — not signed';

/** Printed wherever a signed note's content no longer hashes to the hash recorded when it was signed. */
export const HASH_MISMATCH_WARNING = 'The content does not match its signature hash — contact the clinic';

/** The diagonal label of every page of a signed note whose content fails that check. */
export const HASH_MISMATCH_WATERMARK = 'NOT VERIFIED — content does not match signature';

export interface NoteDocumentInput {
  clinicName: string;
  patient: PatientIdentity;
  episode: EpisodeSummary;
  note: Note;
  /** The author's professional title (e.g. "PT, DPT"), when recorded. */
  authorTitle: string | null;
}

/** A signed note whose content checks out, one whose content fails the check, or a draft. */
type NoteState = 'signed' | 'mismatch' | 'draft';

const PRESENTATION: Readonly<Record<NoteState, { subtitle: string; status: string; watermark: string | null }>> = {
  signed: { subtitle: 'Signed clinical note', status: 'Signed', watermark: null },
  mismatch: {
    subtitle: 'Signed note that failed its signature check',
    status: 'Signed, but the content does not match its signature hash',
    watermark: HASH_MISMATCH_WATERMARK,
  },
  draft: {
    subtitle: `${DRAFT_WATERMARK}: this note may still change`,
    status: 'Draft (not signed)',
    watermark: DRAFT_WATERMARK,
  },
};

const SECTIONS = [
  ['Subjective', 'subjective'],
  ['Objective', 'objective'],
  ['Assessment', 'assessment'],
  ['Plan', 'plan'],
] as const;

/**
 * A SOAP note as a PDF: what it is and covers, the four sections exactly as stored (and, once signed,
 * as hashed), then the signature and every addendum with its own signature. A draft carries a diagonal
 * "DRAFT — not signed" on every page and no signature block. A signed note is presented as signed only
 * when its content still hashes to the recorded hash; otherwise every page says it is not verified and
 * the document tells the reader to contact the clinic. Pure: the same input and print time give the
 * same bytes.
 */
export function renderNotePdf(input: NoteDocumentInput, printedAt: Date): Promise<Buffer> {
  const { note } = input;
  const typeLabel = NOTE_TYPE_LABELS[note.type];
  const state = stateOf(note);
  const { doc, finish } = openDocument({
    clinicName: input.clinicName,
    title: typeLabel,
    subject: `${typeLabel}, ${formatDate(note.periodStart)} to ${formatDate(note.periodEnd)}`,
    patient: {
      name: patientName(input.patient),
      recordNumber: input.patient.recordNumber,
      dateOfBirth: input.patient.dateOfBirth,
    },
    printedAt,
  });

  documentTitle(doc, typeLabel, PRESENTATION[state].subtitle);
  if (state === 'mismatch') callout(doc, mismatchLines(), { border: COLOURS.notMet });
  fieldList(doc, [
    ['Patient', patientName(input.patient)],
    ['Date of birth', formatDate(input.patient.dateOfBirth)],
    ['Record number', input.patient.recordNumber],
    ['Episode', episodeLine(input.episode)],
    ['Note ID', note.id],
    ['Reporting period', `${formatDate(note.periodStart)} to ${formatDate(note.periodEnd)}`],
    ['Author', withTitle(note.authorName, input.authorTitle)],
    ['Drafted on', formatDateTime(note.createdAt)],
    ['Signed on', note.signature ? formatDateTime(note.signature.signedAt) : 'Not signed'],
    ['Status', PRESENTATION[state].status],
  ]);

  for (const [title, key] of SECTIONS) {
    heading(doc, title);
    // Exactly as stored: the signature hash covers the text untrimmed.
    const text = note[key];
    if (text.trim()) paragraph(doc, text);
    else paragraph(doc, 'Nothing recorded.', { muted: true });
  }

  heading(doc, 'Signature');
  if (state === 'signed') {
    callout(doc, signatureLines(note.signature!, note.contentHash), { border: COLOURS.accent });
  } else if (state === 'mismatch') {
    const { signature } = note;
    callout(
      doc,
      [
        ...mismatchLines(),
        { text: `Signature on record: ${withTitle(signature!.name, signature!.professionalTitle)}` },
        { text: `Recorded as signed at ${formatDateTime(signature!.signedAt)}` },
        { text: `Recorded content hash (SHA-256): ${note.contentHash ?? 'not recorded'}`, size: 8 },
      ],
      { border: COLOURS.notMet },
    );
  } else {
    callout(doc, [
      { text: 'Not signed', bold: true, colour: COLOURS.notMet },
      { text: 'This draft is not part of the signed record and may still be edited or discarded.' },
    ]);
  }

  if (note.addenda.length) {
    heading(doc, 'Addenda');
    // "Unchanged" is what the signature check showed; after a failed check it is not claimed.
    const unchanged = state === 'signed' ? ' The note above is unchanged.' : '';
    paragraph(doc, `Corrections and additions made after signing, each signed by its author.${unchanged}`, {
      muted: true,
      size: 9,
    });
    note.addenda.forEach((addendum, i) => {
      const { signature } = addendum;
      subheading(doc, `Addendum ${i + 1} of ${note.addenda.length}, ${formatDateTime(signature.signedAt)}`);
      paragraph(doc, addendum.body);
      paragraph(doc, `${signedBy(signature)}, ${formatDateTime(signature.signedAt)}`, { muted: true, size: 9 });
    });
  }

  return finish(PRESENTATION[state].watermark ? { watermark: PRESENTATION[state].watermark } : {});
}

/** A signed note is presented as signed only when its content, as loaded, still hashes to the recorded hash. */
function stateOf(note: Note): NoteState {
  if (note.status !== 'signed' || note.signature === null) return 'draft';
  return hasIntactContent(note) ? 'signed' : 'mismatch';
}

function withTitle(name: string, title: string | null): string {
  return title ? `${name}, ${title}` : name;
}

/** "Electronically signed by Sigrid Haugen, PT": the signer as identified when signing. */
function signedBy(signature: NoteSignature): string {
  return `Electronically signed by ${withTitle(signature.name, signature.professionalTitle)}`;
}

function mismatchLines(): CalloutLine[] {
  return [
    { text: HASH_MISMATCH_WARNING, bold: true, size: 12, colour: COLOURS.notMet },
    {
      text:
        'The text printed here no longer hashes to the content hash recorded when the note was signed, so it ' +
        'cannot be presented as the signed note. Do not rely on it until the clinic has checked the record.',
    },
  ];
}

function signatureLines(signature: NoteSignature, contentHash: string | null): CalloutLine[] {
  return [
    { text: signedBy(signature), bold: true },
    { text: `Signed at ${formatDateTime(signature.signedAt)}` },
    { text: `Content hash (SHA-256): ${contentHash ?? 'not recorded'}`, size: 8 },
  ];
}
