import { describe, expect, it } from '@jest/globals';
import type { Note } from '@proprio/contracts';
import { episodeYear } from '../../../../../../../bench/episode-year.ts';
import { pdfInfo, pdfText } from '../../../../../../../test/support/pdf-text.js';
import { renderNotePdf, type NoteDocumentInput } from './note-document.js';

const printedAt = new Date('2027-02-10T12:00:00.000Z');
const flat = (text: string) => text.replace(/\s+/g, ' ');

function signedInput(options: { noteParagraphs?: number } = {}): NoteDocumentInput {
  return episodeYear({ noteParagraphs: options.noteParagraphs ?? 2, addenda: 2 }).note;
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
      'Reporting period 4 Jan 2027 to 5 Feb 2027',
      'Date written 5 Feb 2027',
      'Author Sigrid Haugen, PT, MSc Sports Physiotherapy',
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
    ]) {
      expect(text).toContain(expected);
    }
    for (const addendum of note.addenda) expect(text).toContain(flat(addendum.body));
    expect(text).not.toContain('DRAFT');
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
    const input = signedInput();
    input.note = {
      ...input.note,
      subjective: 'Flexion ≥ 135°, extension 0° ± 2°; “café” après l’entraînement; ≤ 2/10.',
    };
    const text = flat((await pdfText(await renderNotePdf(input, printedAt))).text);
    expect(text).toContain('Flexion ≥ 135°, extension 0° ± 2°; “café” après l’entraînement; ≤ 2/10.');
    expect(text).toContain('Dr. Łukasz Nørgaard');
  });

  it('prints addresses in the text as text: no link, no image, nothing fetched (QUALITY S33)', async () => {
    const input = signedInput();
    const addresses = [
      'http://169.254.169.254/latest/meta-data',
      'file:///etc/passwd',
      '![x](https://example.org/a.png)',
    ];
    input.note = { ...input.note, objective: addresses.join('\n') };
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

describe('renderNotePdf, a draft', () => {
  it('carries "DRAFT — not signed" on every page and no signature', async () => {
    const input = draftOf(signedInput({ noteParagraphs: 8 }));
    const pdf = await pdfText(await renderNotePdf(input, printedAt));
    expect(pdf.pageCount).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(flat(page)).toContain('DRAFT — not signed');
    const text = flat(pdf.text);
    expect(text).toContain('Status Draft (not signed)');
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
