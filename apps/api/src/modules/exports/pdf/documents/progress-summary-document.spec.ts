import { describe, expect, it } from '@jest/globals';
import { episodeYear } from '../../../../../../../bench/episode-year.ts';
import { pdfText } from '../../../../../../../test/support/pdf-text.js';
import type { SymmetryPoint, SymmetryTrend } from '@proprio/contracts';
import {
  chartSeriesOf,
  dosageInWords,
  kneeWordsOf,
  renderProgressSummaryPdf,
  type ProgressSummaryInput,
} from './progress-summary-document.js';

const printedAt = new Date('2027-02-10T12:00:00.000Z');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const imagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;

async function render(input: ProgressSummaryInput) {
  const bytes = await renderProgressSummaryPdf(input, printedAt);
  const pdf = await pdfText(bytes);
  return { bytes, pdf, text: flat(pdf.text) };
}

describe('renderProgressSummaryPdf', () => {
  it('says where the patient is: the phase by name (no number), since when, and weeks since the operation', async () => {
    const input = episodeYear().summary;
    const { text } = await render(input);
    expect(text).toContain('Your progress summary');
    expect(text).toContain(
      'You are in the “Return to sport” phase of your rehabilitation programme, since 27 Oct 2026.',
    );
    // Protocols count phases differently (pre-op counted or not): a number would be ambiguous.
    expect(text).not.toMatch(/phase \d+ of \d+/i);
    expect(text).toContain(`It is ${input.progression!.weeksSinceSurgery} weeks since your operation on 3 Feb 2026.`);
  });

  it('does not say time plays no part while a check on the same page is a minimum time', async () => {
    const input = episodeYear().summary;
    const { text } = await render(input);
    expect(input.progression!.evaluation.criteria.some((c) => c.measure === 'weeks_post_op')).toBe(true);
    expect(text).toContain('Weeks since surgery at least 39 weeks');
    expect(text).not.toContain('not after a fixed number of weeks');
    expect(text).toContain(
      'Your programme moves on when you meet the checks of each phase. Some checks can include a minimum time, ' +
        'but time alone does not move you on',
    );
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
    expect(text).toContain(
      `Compared with your other leg before your operation, it is at ${Math.round(latest.epic!)}%.`,
    );
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

  it('beside a return-to-sport set, says what meeting it does and does not mean, without a promise', async () => {
    const { text } = await render(episodeYear().summary);
    expect(text).toContain(
      'In studies, people who met return-to-sport criteria were re-injured less often, but meeting them does ' +
        'not remove the risk (Grindem 2016, Kyritsis 2016).',
    );
    expect(text).not.toMatch(/lowers the risk/);
    expect(text).toContain('at least 9 months after surgery');
  });

  it("leaves the re-injury evidence out under an earlier phase's checks, which that evidence is not about", async () => {
    const input = episodeYear().summary;
    // The same record with the gate of an earlier phase (exit checks such as range of motion).
    const { text } = await render({ ...input, returnToSportGate: false });
    expect(text).toContain('Before moving on to “Prevention of re-injury”');
    expect(text).not.toContain('re-injured less often');
    expect(text).not.toContain('Grindem 2016, Kyritsis 2016');
    const last = { ...input.progression!, nextPhase: null };
    const lastPhase = (await render({ ...input, progression: last, returnToSportGate: false })).text;
    expect(lastPhase).toContain('Your checks for this phase');
    expect(lastPhase).not.toContain('Your return-to-sport checks');
    expect((await render({ ...input, progression: last })).text).toContain('Your return-to-sport checks');
  });

  it('speaks of the injured leg and the injury for non-operative management: no operation, no surgery timing', async () => {
    const input = episodeYear().summary;
    const episode = { ...input.episode, condition: 'acl_nonoperative' as const, surgeryDate: null, graftType: null };
    const { text } = await render({
      ...input,
      episode,
      progression: { ...input.progression!, weeksSinceSurgery: null },
    });
    expect(text).toContain('These tests compare your injured leg with your other leg');
    expect(text).toContain('Single hop for distance: your injured leg now hops');
    expect(text).toContain('Compared with your other leg at your baseline test, it is at');
    expect(text).toContain('Each chart shows your injured leg as a percentage of your other leg');
    expect(text).toContain('An open circle is a test at your baseline test.');
    // 10 Jan 2026 to 5 Feb 2027: 391 days, 55 completed weeks.
    expect(text).toContain('It is 55 weeks since your injury on 10 Jan 2026.');
    for (const operative of ['operated leg', 'your operation', 'before surgery', '9 months after surgery']) {
      expect(text).not.toContain(operative);
    }
  });

  it('treats a reconstruction without a surgery date, or before its date, as not operated yet', async () => {
    const input = episodeYear().summary;
    const undated = (await render({ ...input, episode: { ...input.episode, surgeryDate: null } })).text;
    expect(undated).toContain('your injured leg now hops');
    expect(undated).not.toContain('operated leg');
    expect(undated).not.toContain('9 months after surgery');
    expect(undated).toContain('since your injury on 10 Jan 2026');

    const planned = (await render({ ...input, episode: { ...input.episode, surgeryDate: '2027-03-01' } })).text;
    expect(planned).toContain('Your operation is planned for 1 Mar 2027.');
    expect(planned).toContain('your injured leg now hops');
    expect(planned).not.toContain('operated leg');
    // Surgery is coming: the timing advice applies.
    expect(planned).toContain('at least 9 months after surgery');
    expect(kneeWordsOf({ ...input.episode, surgeryDate: '2027-03-01' }, input.asOf)).toEqual({
      surgical: true,
      leg: 'injured leg',
      baseline: 'before your operation',
    });
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

describe('chartSeriesOf', () => {
  const knee = { surgical: true, leg: 'operated leg', baseline: 'before your operation' };
  const point = (date: string, lsi: number, method: string | null, epic: number | null = null): SymmetryPoint => ({
    date,
    assessmentId: `a-${date}`,
    measurementId: `m-${date}`,
    baseline: false,
    lsi,
    epic,
    method,
    changeFromPrevious: null,
    withinMeasurementError: null,
  });
  const trend = (points: SymmetryPoint[]): SymmetryTrend => ({
    type: 'hop_single',
    label: 'Single hop for distance',
    mdc90: 12.96,
    points,
  });

  it('never joins results measured differently: one line per method, each labelled with its method', () => {
    const series = chartSeriesOf(
      trend([
        point('2026-04-01', 70, 'mean', 62),
        point('2026-05-01', 75, 'mean', 68),
        point('2026-06-01', 88, 'best', 80),
        point('2026-07-01', 90, 'best', 83),
        point('2026-08-01', 86, 'mean', 80),
      ]),
      knee,
    );
    expect(series.map((s) => [s.label, s.dashed === true, s.points.map((p) => p.date)])).toEqual([
      ['LSI, average of tries', false, ['2026-04-01', '2026-05-01', '2026-08-01']],
      ['EPIC, average of tries', true, ['2026-04-01', '2026-05-01', '2026-08-01']],
      ['LSI, best try', false, ['2026-06-01', '2026-07-01']],
      ['EPIC, best try', true, ['2026-06-01', '2026-07-01']],
    ]);
    expect(new Set(series.map((s) => s.colour)).size).toBe(4);
  });

  it('keeps another strength set-up apart, and labels a single method as before', () => {
    const biodex = 'Biodex System 4 · concentric · 60°/s · N.m';
    const split = chartSeriesOf(
      trend([point('2026-04-01', 60, biodex), point('2026-05-01', 70, 'HHD · isometric · N')]),
      knee,
    );
    expect(split.map((s) => [s.label, s.points.length])).toEqual([
      [`LSI, ${biodex}`, 1],
      ['LSI, HHD · isometric · N', 1],
    ]);
    const one = chartSeriesOf(trend([point('2026-04-01', 60, 'mean', 55), point('2026-05-01', 70, 'mean', 64)]), knee);
    expect(one.map((s) => [s.label, s.points.length])).toEqual([
      ['Operated leg vs other leg (LSI)', 2],
      ['vs other leg before your operation (EPIC)', 2],
    ]);
  });

  it('says so in the summary, and does not compare the latest result with one measured another way', async () => {
    const input = episodeYear().summary;
    const single = input.symmetry.find((t) => t.type === 'hop_single')!;
    const points = single.points.map((p, i) => (i === single.points.length - 1 ? { ...p, method: 'best' } : p));
    const symmetry = input.symmetry.map((t) => (t === single ? { ...t, points } : t));
    const mixed = await render({ ...input, symmetry });
    expect(mixed.text).toContain('each way has its own line: results measured differently are not compared.');
    expect(mixed.text).toMatch(
      /Single hop for distance: your operated leg now hops \d+% as far as your other leg \(measured on 2 Feb 2027; earlier tests were measured in another way, so they are not compared\)\./,
    );
    expect(imagesIn(mixed.bytes)).toBe(5);
    expect((await render(input)).text).not.toContain('each way has its own line');
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
