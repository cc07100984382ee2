import { describe, expect, it } from '@jest/globals';
import { pdfInfo, pdfText } from '../../../../../../../test/support/pdf-text.js';
import { heading, paragraph } from './blocks.js';
import { openDocument, type DocumentFrame } from './pdf-document.js';
import { drawTable } from './table.js';

const frame: DocumentFrame = {
  clinicName: 'Clinique Saint-Éloi',
  title: 'Test document',
  subject: 'Layout kit',
  patient: { name: 'Zoë Ødegård', recordNumber: 'MRN-7', dateOfBirth: '1998-07-14' },
  printedAt: new Date('2027-02-10T12:34:00.000Z'),
};
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('openDocument', () => {
  it('frames every page: clinic and title above, patient, printed date and "Page n of m" below', async () => {
    const { doc, finish } = openDocument(frame);
    paragraph(doc, 'Flowing text. '.repeat(1500));
    const pdf = await pdfText(await finish());
    expect(pdf.pageCount).toBeGreaterThan(2);
    pdf.pages.forEach((page, i) => {
      const text = flat(page);
      expect(text).toContain('Clinique Saint-Éloi');
      expect(text).toContain('Test document');
      expect(text).toContain('Zoë Ødegård · Record no. MRN-7 · Date of birth 14 Jul 1998');
      expect(text).toContain('Printed 10 Feb 2027, 12:34 UTC');
      expect(text).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
      expect(text).not.toContain('DRAFT');
    });
  });

  it('sets the document information: title, the clinic as author, subject and the print time', async () => {
    const { finish } = openDocument(frame);
    const info = await pdfInfo(await finish());
    expect(info).toMatchObject({
      Title: 'Test document',
      Author: 'Clinique Saint-Éloi',
      Subject: 'Layout kit',
      CreationDate: 'D:20270210123400Z',
    });
  });

  it('puts the watermark on every page when asked', async () => {
    const { doc, finish } = openDocument(frame);
    paragraph(doc, 'Draft text. '.repeat(1200));
    const pdf = await pdfText(await finish({ watermark: 'DRAFT — not signed' }));
    expect(pdf.pageCount).toBeGreaterThan(1);
    for (const page of pdf.pages) expect(flat(page)).toContain('DRAFT — not signed');
  });

  it('cuts a clinic name too long for the header to one line', async () => {
    const long = 'Very Long Clinic Name For Sports Physiotherapy And Knee Rehabilitation Of The Northern Fjords';
    const { finish } = openDocument({ ...frame, clinicName: long });
    const text = flat((await pdfText(await finish())).text);
    expect(text).toContain('Very Long Clinic Name');
    expect(text).toContain('…');
    expect(text).not.toContain('Northern Fjords');
  });

  it('gives the same bytes for the same content and print time', async () => {
    const render = () => {
      const { doc, finish } = openDocument(frame);
      heading(doc, 'Section ≥ ± ° é');
      paragraph(doc, 'Same text.');
      return finish();
    };
    expect((await render()).equals(await render())).toBe(true);
  });
});

describe('drawTable', () => {
  it('breaks across pages between rows and repeats the header row on each page', async () => {
    const { doc, finish } = openDocument(frame);
    heading(doc, 'Visits');
    const rows = Array.from({ length: 120 }, (_, i) => [`Visit ${i + 1}`, `${(i % 10) + 1}/10`, 'Landing drills ±']);
    drawTable(
      doc,
      [
        { header: 'Visit number', width: 0.4 },
        { header: 'Pain score', width: 0.2 },
        { header: 'What was done', width: 0.4 },
      ],
      rows,
    );
    const pdf = await pdfText(await finish());
    expect(pdf.pageCount).toBeGreaterThan(2);
    for (const page of pdf.pages) {
      expect(flat(page)).toMatch(/Visit number Pain score What was done/);
    }
    const all = flat(pdf.text);
    for (let i = 1; i <= 120; i += 1) expect(all).toContain(`Visit ${i} `);
    // Each row on exactly one page.
    expect(pdf.pages.filter((p) => flat(p).includes('Visit 57 ')).length).toBe(1);
  });
});
