import { describe, expect, it } from '@jest/globals';
import type { Note } from '@proprio/contracts';
import { extractTextItems } from 'unpdf';
import { episodeYear } from '../../../../../../../bench/episode-year.ts';
import { pdfInfo, pdfText } from '../../../../../../../test/support/pdf-text.js';
import { hasIntactContent, noteContentHash, signedContentOf } from '../../../notes/note-content-hash.js';
import {
  HASH_MISMATCH_WARNING,
  HASH_MISMATCH_WATERMARK,
  renderNotePdf,
  type NoteDocumentInput,
} from './note-document.js';

const printedAt = new Date('2027-02-10T12:00:00.000Z');
const flat = (text: string) => text.replace(/\s+/g, ' ');

function signedInput(options: { noteParagraphs?: number } = {}): NoteDocumentInput {
  return episodeYear({ noteParagraphs: options.noteParagraphs ?? 2, addenda: 2 }).note;
}

/** The signed note with its content changed and signed again: a new, intact hash. */
function resigned(input: NoteDocumentInput, changes: Partial<Note>): NoteDocumentInput {
  const note = { ...input.note, ...changes };
  return { ...input, note: { ...note, contentHash: noteContentHash(signedContentOf(note)!) } };
}

/** Where a line of text starts on the page (PDF points, origin bottom-left). */
async function positionOf(bytes: Buffer, text: string): Promise<{ x: number; y: number }> {
  const { items } = await extractTextItems(new Uint8Array(bytes));
  const item = items.flat().find((i) => i.str.includes(text));
  if (!item) throw new Error(`"${text}" is not in the PDF`);
  return { x: item.x, y: item.y };
}

function draftOf(input: NoteDocumentInput, changes: Partial<Note> = {}): NoteDocumentInput {
  return {
    ...input,
    note: { ...input.note, status: 'draft', signature: null, contentHash: null, addenda: [], ...changes },
  };
}

describe('renderNotePdf, a signed note', () => {
  it('prints what the note is, the four sections, the signature block and each addendum with its signature', async () => {
    const input = signedInput();
    const { note } = input;
    const pdf = await pdfText(await renderNotePdf(input, printedAt));
    const text = flat(pdf.text);
    for (const expected of [
      'Progress report',
      'Signed clinical note',
      'Patient Ingrid Ødegård-Søren',
      'Record number MRN-2026-0042',
      'Date of birth 14 Jul 1998',
      'ACL reconstruction, left knee · Hamstring tendon autograft · surgery 3 Feb 2026',
      `Note ID ${note.id}`,
      'Reporting period 4 Jan 2027 to 5 Feb 2027',
      'Author Sigrid Haugen, PT, MSc Sports Physiotherapy',
      'Drafted on 5 Feb 2027, 15:03 UTC',
      'Signed on 5 Feb 2027, 17:42 UTC',
      'Status Signed',
      'Subjective',
      'Objective',
      'Assessment',
      'Plan',
      flat(note.subjective.split('\n')[0]!),
      'Electronically signed by Sigrid Haugen, PT, MSc Sports Physiotherapy',
      'Signed at 5 Feb 2027, 17:42 UTC',
      `Content hash (SHA-256): ${note.contentHash}`,
      'Addendum 1 of 2, 6 Feb 2027, 08:10 UTC',
      'Addendum 2 of 2, 7 Feb 2027, 08:11 UTC',
      'Electronically signed by Sigrid Haugen, PT, MSc Sports Physiotherapy, 7 Feb 2027, 08:11 UTC',
      'The note above is unchanged.',
    ]) {
      expect(text).toContain(expected);
    }
    for (const addendum of note.addenda) expect(text).toContain(flat(addendum.body));
    expect(hasIntactContent(note)).toBe(true);
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('does not match');
    expect(await pdfInfo(await renderNotePdf(input, printedAt))).toMatchObject({
      Title: 'Progress report',
      Author: input.clinicName,
      Subject: 'Progress report, 4 Jan 2027 to 5 Feb 2027',
    });
  });

  it('numbers its pages "Page n of m", and runs to more pages as the note grows', async () => {
    const short = await pdfText(await renderNotePdf(signedInput({ noteParagraphs: 1 }), printedAt));
    const long = await pdfText(await renderNotePdf(signedInput({ noteParagraphs: 12 }), printedAt));
    expect(long.pageCount).toBeGreaterThan(short.pageCount);
    for (const pdf of [short, long]) {
      expect(flat(pdf.pages[0]!)).toContain(`Page 1 of ${pdf.pageCount}`);
      expect(flat(pdf.pages[pdf.pageCount - 1]!)).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
    }
  });

  it('keeps Unicode as written: comparison signs, degrees, plus-minus, accents', async () => {
    const input = resigned(signedInput(), {
      subjective: 'Flexion ≥ 135°, extension 0° ± 2°; “café” après l’entraînement; ≤ 2/10.',
    });
    const text = flat((await pdfText(await renderNotePdf(input, printedAt))).text);
    expect(text).toContain('Flexion ≥ 135°, extension 0° ± 2°; “café” après l’entraînement; ≤ 2/10.');
    expect(text).toContain('Dr. Łukasz Nørgaard');
  });

  it('prints addresses in the text as text: no link, no image, nothing fetched (QUALITY S33)', async () => {
    const addresses = [
      'http://169.254.169.254/latest/meta-data',
      'file:///etc/passwd',
      '![x](https://example.org/a.png)',
    ];
    const input = resigned(signedInput(), { objective: addresses.join('\n') });
    const bytes = await renderNotePdf(input, printedAt);
    const text = flat((await pdfText(bytes)).text);
    for (const address of addresses) expect(text).toContain(address);
    const raw = bytes.toString('latin1');
    expect(raw).not.toContain('/URI');
    expect(raw).not.toContain('/Subtype /Image');
  });

  it('gives the same bytes for the same note and print time, and only the printed line changes with the time', async () => {
    const input = signedInput();
    const first = await renderNotePdf(input, printedAt);
    const second = await renderNotePdf(input, printedAt);
    expect(first.equals(second)).toBe(true);
    const later = await renderNotePdf(input, new Date('2027-03-01T08:00:00.000Z'));
    const [a, b] = [await pdfText(first), await pdfText(later)];
    expect(b.pageCount).toBe(a.pageCount);
    expect(flat(b.text).replaceAll('1 Mar 2027, 08:00 UTC', 'X')).toBe(
      flat(a.text).replaceAll('10 Feb 2027, 12:00 UTC', 'X'),
    );
  });
});

describe('renderNotePdf, exactly what was signed', () => {
  it('prints each section as stored, untrimmed: leading spaces and blank lines the hash covers', async () => {
    const plain = resigned(signedInput(), { subjective: 'Indented line\nNext line' });
    const stored = resigned(signedInput(), { subjective: '      Indented line\n\n\nNext line  ' });
    expect(hasIntactContent(stored.note)).toBe(true);
    const [a, b] = [await renderNotePdf(plain, printedAt), await renderNotePdf(stored, printedAt)];
    const [plainFirst, storedFirst] = [await positionOf(a, 'Indented line'), await positionOf(b, 'Indented line')];
    const [plainNext, storedNext] = [await positionOf(a, 'Next line'), await positionOf(b, 'Next line')];
    // The leading spaces push the first line right; the two blank lines push the next one down.
    expect(storedFirst.x).toBeGreaterThan(plainFirst.x + 5);
    expect(storedFirst.y - storedNext.y).toBeGreaterThan(2.5 * (plainFirst.y - plainNext.y));
  });

  it('warns on every page, and does not present it as signed, when the content no longer matches its hash', async () => {
    const input = signedInput({ noteParagraphs: 8 });
    const tampered = { ...input, note: { ...input.note, plan: `${input.note.plan} Cleared for full competition.` } };
    expect(hasIntactContent(tampered.note)).toBe(false);
    const pdf = await pdfText(await renderNotePdf(tampered, printedAt));
    const text = flat(pdf.text);
    expect(flat(pdf.pages[0]!)).toContain(HASH_MISMATCH_WARNING);
    expect(text).toContain('The content does not match its signature hash — contact the clinic');
    expect(pdf.pageCount).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(flat(page)).toContain(HASH_MISMATCH_WATERMARK);
    expect(text).toContain('Status Signed, but the content does not match its signature hash');
    expect(text).toContain(`Recorded content hash (SHA-256): ${input.note.contentHash}`);
    for (const claim of [
      'Signed clinical note',
      'Electronically signed by Sigrid Haugen, PT, MSc Sports Physiotherapy Signed at',
      'The note above is unchanged',
      'Status Signed Subjective',
    ]) {
      expect(text).not.toContain(claim);
    }
  });

  it('also catches a changed signer, signing time, episode or recorded hash', async () => {
    const input = signedInput();
    const { signature } = input.note;
    for (const note of [
      { ...input.note, signature: { ...signature!, name: 'Someone Else' } },
      { ...input.note, signature: { ...signature!, signedAt: '2027-02-05T17:43:00.000Z' } },
      { ...input.note, episodeId: '00000000-0000-4000-8000-000000000099' },
      { ...input.note, contentHash: '0'.repeat(64) },
      { ...input.note, contentHash: null },
    ]) {
      const text = flat((await pdfText(await renderNotePdf({ ...input, note }, printedAt))).text);
      expect(text).toContain(HASH_MISMATCH_WARNING);
      expect(text).not.toContain('Signed clinical note');
    }
  });
});

describe('renderNotePdf, a draft', () => {
  it('carries "DRAFT — not signed" on every page and no signature', async () => {
    const input = draftOf(signedInput({ noteParagraphs: 8 }));
    const pdf = await pdfText(await renderNotePdf(input, printedAt));
    expect(pdf.pageCount).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(flat(page)).toContain('DRAFT — not signed');
    const text = flat(pdf.text);
    expect(text).toContain('Status Draft (not signed)');
    expect(text).toContain('Signed on Not signed');
    expect(text).toContain(`Note ID ${input.note.id}`);
    expect(text).not.toContain(HASH_MISMATCH_WARNING);
    expect(text).toContain('Not signed');
    expect(text).not.toContain('Electronically signed');
    expect(text).not.toContain('Content hash');
  });

  it('says so where a section is still empty', async () => {
    const input = draftOf(signedInput(), { assessment: '  ', plan: '' });
    const text = flat((await pdfText(await renderNotePdf(input, printedAt))).text);
    expect(text).toMatch(/Assessment Nothing recorded\. Plan Nothing recorded\./);
  });
});
