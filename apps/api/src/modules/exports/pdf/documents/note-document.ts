import { NOTE_TYPE_LABELS, type Note, type NoteSignature } from '@proprio/contracts';
import { callout, documentTitle, type CalloutLine, fieldList, heading, paragraph, subheading } from '../kit/blocks.js';
import { formatDate, formatDateTime } from '../kit/format.js';
import { COLOURS, openDocument } from '../kit/pdf-document.js';
import { episodeLine, patientName, type EpisodeSummary, type PatientIdentity } from './patient-lines.js';

/** The diagonal label of every page of a note that is not signed. */
export const DRAFT_WATERMARK = 'DRAFT — not signed';

export interface NoteDocumentInput {
  clinicName: string;
  patient: PatientIdentity;
  episode: EpisodeSummary;
  note: Note;
  /** The author's professional title (e.g. "PT, DPT"), when recorded. */
  authorTitle: string | null;
}

const SECTIONS = [
  ['Subjective', 'subjective'],
  ['Objective', 'objective'],
  ['Assessment', 'assessment'],
  ['Plan', 'plan'],
] as const;

/**
 * A SOAP note as a PDF: what it is and covers, the four sections, then the signature and every
 * addendum with its own signature. A draft carries a diagonal "DRAFT — not signed" on every page and
 * no signature block. Pure: the same input and print time give the same bytes.
 */
export function renderNotePdf(input: NoteDocumentInput, printedAt: Date): Promise<Buffer> {
  const { note } = input;
  const typeLabel = NOTE_TYPE_LABELS[note.type];
  const signed = note.status === 'signed' && note.signature !== null;
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

  documentTitle(doc, typeLabel, signed ? 'Signed clinical note' : `${DRAFT_WATERMARK}: this note may still change`);
  fieldList(doc, [
    ['Patient', patientName(input.patient)],
    ['Date of birth', formatDate(input.patient.dateOfBirth)],
    ['Record number', input.patient.recordNumber],
    ['Episode', episodeLine(input.episode)],
    ['Reporting period', `${formatDate(note.periodStart)} to ${formatDate(note.periodEnd)}`],
    ['Date written', formatDate(note.createdAt)],
    ['Author', withTitle(note.authorName, input.authorTitle)],
    ['Status', signed ? `Signed ${formatDateTime(note.signature!.signedAt)}` : 'Draft (not signed)'],
  ]);

  for (const [title, key] of SECTIONS) {
    heading(doc, title);
    const text = note[key].trim();
    if (text) paragraph(doc, text);
    else paragraph(doc, 'Nothing recorded.', { muted: true });
  }

  heading(doc, 'Signature');
  if (signed) {
    callout(doc, signatureLines(note.signature!, note.contentHash), { border: COLOURS.accent });
  } else {
    callout(doc, [
      { text: 'Not signed', bold: true, colour: COLOURS.notMet },
      { text: 'This draft is not part of the signed record and may still be edited or discarded.' },
    ]);
  }

  if (note.addenda.length) {
    heading(doc, 'Addenda');
    paragraph(
      doc,
      'Corrections and additions made after signing, each signed by its author. The note above is unchanged.',
      {
        muted: true,
        size: 9,
      },
    );
    note.addenda.forEach((addendum, i) => {
      const { signature } = addendum;
      subheading(doc, `Addendum ${i + 1} of ${note.addenda.length}, ${formatDateTime(signature.signedAt)}`);
      paragraph(doc, addendum.body);
      paragraph(doc, `${signedBy(signature)}, ${formatDateTime(signature.signedAt)}`, { muted: true, size: 9 });
    });
  }

  return finish(signed ? {} : { watermark: DRAFT_WATERMARK });
}

function withTitle(name: string, title: string | null): string {
  return title ? `${name}, ${title}` : name;
}

/** "Electronically signed by Sigrid Haugen, PT": the signer as identified when signing. */
function signedBy(signature: NoteSignature): string {
  return `Electronically signed by ${withTitle(signature.name, signature.professionalTitle)}`;
}

function signatureLines(signature: NoteSignature, contentHash: string | null): CalloutLine[] {
  return [
    { text: signedBy(signature), bold: true },
    { text: `Signed at ${formatDateTime(signature.signedAt)}` },
    { text: `Content hash (SHA-256): ${contentHash ?? 'not recorded'}`, size: 8 },
  ];
}
