import { describe, expect, it } from '@jest/globals';
import { episodeYear } from '../../../../../../../bench/episode-year.ts';
import { pdfText } from '../../../../../../../test/support/pdf-text.js';
import { dosageInWords, renderProgressSummaryPdf, type ProgressSummaryInput } from './progress-summary-document.js';

const printedAt = new Date('2027-02-10T12:00:00.000Z');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const imagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;

async function render(input: ProgressSummaryInput) {
  const bytes = await renderProgressSummaryPdf(input, printedAt);
  const pdf = await pdfText(bytes);
  return { bytes, pdf, text: flat(pdf.text) };
}

describe('renderProgressSummaryPdf', () => {
  it('says where the patient is: phase, since when, and weeks since the operation', async () => {
    const input = episodeYear().summary;
    const { text } = await render(input);
    expect(text).toContain('Your progress summary');
    expect(text).toContain(
      'You are in phase 5 of 6 of your rehabilitation programme: “Return to sport”, since 27 Oct 2026.',
    );
    expect(text).toContain(`It is ${input.progression!.weeksSinceSurgery} weeks since your operation on 3 Feb 2026.`);
    expect(text).toContain('not after a fixed number of weeks');
  });

  it('tells what changed in plain words, from the first test after surgery to the latest, with EPIC and the goal', async () => {
    const input = episodeYear().summary;
    const single = input.symmetry.find((t) => t.type === 'hop_single')!;
    const [, first] = single.points;
    const latest = single.points.at(-1)!;
    const { text } = await render(input);
    expect(text).toContain(
      `Single hop for distance: your operated leg now hops ${Math.round(latest.lsi!)}% as far as your other leg ` +
        `(it was ${Math.round(first!.lsi!)}% on 28 Apr 2026).`,
    );
    expect(text).toContain(`Compared with your other leg before surgery, it is at ${Math.round(latest.epic!)}%.`);
    expect(text).toContain('The goal for this phase is at least 90%.');
    expect(text).toContain('6 m timed hop: your operated leg now hops the 6 metres');
    expect(text).toContain('Quadriceps strength: your operated leg now has');
    // Y-balance has a trend but is neither a hop test nor thigh strength: not part of the summary.
    expect(text).not.toContain('Y-Balance');
  });

  it('calls a change within the measurement error what it is', async () => {
    const input = episodeYear().summary;
    const single = input.symmetry.find((t) => t.type === 'hop_single')!;
    // Latest only 5 points above the first test after surgery, below the MDC of 12.96.
    const points = single.points.map((p, i) =>
      i === single.points.length - 1 ? { ...p, lsi: single.points[1]!.lsi! + 5 } : p,
    );
    const symmetry = input.symmetry.map((t) => (t === single ? { ...t, points } : t));
    const singleSentence = /Single hop for distance: [^)]*\)/;
    const before = (await render(input)).text.match(singleSentence)![0];
    const after = (await render({ ...input, symmetry })).text.match(singleSentence)![0];
    expect(before).not.toContain('measurement noise');
    expect(after).toContain('; a change this small can be measurement noise rather than real change)');
  });

  it("lists the next phase's checks with the criteria engine's statuses", async () => {
    const input = episodeYear().summary;
    const { evaluation } = input.progression!;
    const { text } = await render(input);
    expect(text).toContain('Before moving on to “Prevention of re-injury”');
    const required = evaluation.met + evaluation.notMet + evaluation.notMeasured;
    expect(text).toContain(`${evaluation.met} of ${required} checks met so far.`);
    expect(evaluation.criteria.map((c) => c.status)).toEqual(
      expect.arrayContaining(['met', 'not_met', 'not_measured']),
    );
    expect(text).toContain('Weeks since surgery at least 39 weeks 52 weeks');
    expect(text).toMatch(/Global rating of function at least 90 points — Not yet measured/);
    const timed = evaluation.criteria.find((c) => c.measure === 'timed_hop_6m_lsi_pct')!;
    expect(timed.status).toBe('not_met');
    expect(text).toMatch(/6 m timed hop LSI at least 90% [\d.]+% \d+ \w+ \d{4} Still to do/);
  });

  it('lists the home programme with the dosage in words, and the visits', async () => {
    const input = episodeYear({ visits: 120 }).summary;
    const { text } = await render(input);
    for (const item of input.programme!.items) {
      expect(text).toContain(item.exerciseName);
      expect(text).toContain(dosageInWords(item.dosage));
    }
    expect(text).toContain('You have had 120 treatment visits since 5 Feb 2026,');
    expect(text).toMatch(/, \d+ of them in the last 4 weeks\./);
  });

  it('charts the LSI of each hop test and of quadriceps strength, with the 90% line and EPIC', async () => {
    const input = episodeYear().summary;
    const { bytes, text } = await render(input);
    // Single, triple, crossover, timed hop and quadriceps strength (not Y-balance).
    expect(imagesIn(bytes)).toBe(5);
    expect(text).toContain('with a dashed line at 90%');
    const withoutStrength = input.symmetry.filter((t) => t.type !== 'strength_quadriceps');
    expect(imagesIn((await render({ ...input, symmetry: withoutStrength })).bytes)).toBe(4);
  });

  it('ends with what meeting the checks does and does not mean, and the time-based message', async () => {
    const { text } = await render(episodeYear().summary);
    expect(text).toContain(
      'Meeting these checks lowers the risk of injuring your knee again, but it does not remove it',
    );
    expect(text).toContain('(Grindem 2016, Kyritsis 2016)');
    expect(text).toContain('at least 9 months after surgery');
  });

  it('still reads well without a programme, tests or visits', async () => {
    const input = episodeYear().summary;
    const { bytes, text, pdf } = await render({
      ...input,
      programme: null,
      progression: null,
      symmetry: [],
      sessions: [],
    });
    expect(text).toContain('Your therapist has not set up your rehabilitation programme in Proprio yet.');
    expect(text).toContain('No tests comparing your two legs have been recorded yet.');
    expect(text).toContain('No exercises have been prescribed yet.');
    expect(text).toContain('No treatment visits have been recorded yet.');
    expect(imagesIn(bytes)).toBe(0);
    expect(flat(pdf.pages[0]!)).toContain(`Page 1 of ${pdf.pageCount}`);
  });

  it('gives the same bytes for the same record and print time', async () => {
    const input = episodeYear().summary;
    const [a, b] = [await renderProgressSummaryPdf(input, printedAt), await renderProgressSummaryPdf(input, printedAt)];
    expect(a.equals(b)).toBe(true);
  });
});

describe('dosageInWords', () => {
  it('writes a dosage as a patient would say it', () => {
    expect(dosageInWords({ sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 3, loadKg: null })).toBe(
      '3 sets of 10 repetitions, 3 times a week',
    );
    expect(dosageInWords({ sets: 3, reps: 10, holdSeconds: 5, frequencyPerWeek: 7, loadKg: null })).toBe(
      '3 sets of 10 repetitions, holding each for 5 seconds, every day',
    );
    expect(dosageInWords({ sets: 2, reps: null, holdSeconds: 30, frequencyPerWeek: 2, loadKg: null })).toBe(
      '2 sets, holding for 30 seconds, twice a week',
    );
    expect(dosageInWords({ sets: 1, reps: 1, holdSeconds: null, frequencyPerWeek: 1, loadKg: 12.5 })).toBe(
      '1 set of 1 repetition, once a week, with 12.5 kg',
    );
  });
});
