import { describe, expect, it } from '@jest/globals';
import { evaluateCriteria, SEEDED_PROTOCOL, type CriteriaSet, type ProtocolCriterion } from '@proprio/clinical';
import { episodeYear } from '../../../../../../../bench/episode-year.ts';
import { pdfInfo, pdfText } from '../../../../../../../test/support/pdf-text.js';
import { renderRtsReportPdf, type RtsReportInput } from './rts-report-document.js';

const printedAt = new Date('2027-02-10T12:00:00.000Z');
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function textOf(input: RtsReportInput) {
  const pdf = await pdfText(await renderRtsReportPdf(input, printedAt));
  return { pdf, text: flat(pdf.text) };
}

/** The report for a set of the given criteria evaluated by the criteria engine against `values`. */
function reportFor(criteria: ProtocolCriterion[], values: Parameters<typeof evaluateCriteria>[1]): RtsReportInput {
  const base = episodeYear().rts;
  const set: CriteriaSet = { key: 'clinic', name: 'Clinic gate', evidence: null, source: null, criteria };
  return {
    ...base,
    set,
    readiness: {
      setKey: 'clinic',
      setName: 'Clinic gate',
      evaluation: evaluateCriteria(criteria, values),
      asOf: '2027-02-05',
    },
  };
}

const criterion = (
  c: Partial<ProtocolCriterion> & Pick<ProtocolCriterion, 'measure' | 'comparator' | 'threshold'>,
): ProtocolCriterion => ({ evidence: null, source: null, bonus: false, ...c });

describe('renderRtsReportPdf', () => {
  it('names the set, the date and the patient, and sums up the required criteria', async () => {
    const input = episodeYear().rts;
    const { evaluation } = input.readiness;
    const { text, pdf } = await textOf(input);
    expect(text).toContain('Return-to-sport readiness report');
    expect(text).toContain('Delaware-Oslo criteria, as of 5 Feb 2027');
    expect(text).toContain('Criteria set Delaware-Oslo · [V] · Grindem 2016 and 2020 BJSM');
    expect(text).toContain('Time since surgery 52 weeks');
    expect(text).toContain(`Protocol ${SEEDED_PROTOCOL.title} (v1)`);
    expect(evaluation.allMet).toBe(false);
    expect(text).toContain(`${evaluation.met} of 8 required criteria met`);
    expect(text).toContain(`${evaluation.notMet} not met · ${evaluation.notMeasured} not measured`);
    expect(text).toContain('Not every required criterion is met: the set is not passed.');
    expect(flat(pdf.pages[0]!)).toContain(`Page 1 of ${pdf.pageCount}`);
    expect(await pdfInfo(await renderRtsReportPdf(input, printedAt))).toMatchObject({
      Title: 'Return-to-sport readiness report',
      Subject: 'Delaware-Oslo criteria as of 5 Feb 2027',
    });
  });

  it("prints each criterion's value, target, EPIC, date and status as the engine evaluated them", async () => {
    const input = episodeYear().rts;
    const { text } = await textOf(input);
    const single = input.readiness.evaluation.criteria.find((c) => c.measure === 'single_hop_lsi_pct')!;
    const point = input.symmetry.find((t) => t.type === 'hop_single')!.points.at(-1)!;
    expect(single.value).toBe(point.lsi);
    const change = point.changeFromPrevious!;
    expect(text).toContain(
      `Single hop LSI ${single.value}% ${change > 0 ? '+' : change < 0 ? '−' : ''}${Math.abs(change)} pts since previous`,
    );
    expect(text).toMatch(new RegExp(`≥ 90% ${point.epic}% 2 Feb 2027 Met`));
    const timed = input.readiness.evaluation.criteria.find((c) => c.measure === 'timed_hop_6m_lsi_pct')!;
    expect(timed.status).toBe('not_met');
    expect(text).toMatch(/6 m timed hop LSI [\d.]+%.*?≥ 90% [\d.]+% 2 Feb 2027 Not met/);
    expect(text).toContain('Global rating of function — ≥ 90 points — — Not measured');
    expect(text).toContain('Weeks since surgery 52 weeks ≥ 39 weeks — 5 Feb 2027 Met');
  });

  it('never rounds a value onto its threshold, marks bonus criteria as not gating, and prints yes/no and grades', async () => {
    const input = reportFor(
      [
        criterion({ measure: 'quad_strength_lsi_pct', comparator: '>=', threshold: 90 }),
        criterion({ measure: 'onfield_rehab_completed', comparator: '==', threshold: true }),
        criterion({ measure: 'effusion_grade', comparator: '<=', threshold: '1+' }),
        criterion({ measure: 'leg_press_1rm_xbw', comparator: '>=', threshold: 1.5, bonus: true }),
      ],
      {
        quad_strength_lsi_pct: { value: 89.96, date: '2027-02-01' },
        onfield_rehab_completed: { value: false, date: '2027-02-01' },
        effusion_grade: { value: 'trace', date: '2027-02-01' },
        leg_press_1rm_xbw: { value: 1.62, date: '2027-02-01' },
      },
    );
    const { text } = await textOf(input);
    expect(text).toContain('Quadriceps strength LSI 89.96% ≥ 90%');
    expect(text).toMatch(/On-field rehabilitation completed No = Yes — 1 Feb 2027 Not met/);
    expect(text).toMatch(/Effusion \(stroke test\) trace ≤ 1\+ — 1 Feb 2027 Met/);
    expect(text).toContain('Single-leg leg press 1RM Bonus: shown, not gating 1.6 × BW ≥ 1.5 × BW');
    expect(text).toContain('1 of 3 required criteria met');
    expect(text).toContain('Bonus criteria (shown, not gating): 1 of 1 met');
  });

  it('lists the evidence and source of each threshold the protocol records, and leaves the section out when none is', async () => {
    const { text } = await textOf(episodeYear().rts);
    expect(text).toContain('Evidence for the thresholds');
    expect(text).toContain('[V] verified in the primary source');
    expect(text).toContain('Quadriceps strength LSI ≥ 90%: [V] Grindem 2020 BJSM; The Delaware Experience');
    expect(text).toContain('Weeks since surgery ≥ 39 weeks: [V]');
    const bare = reportFor([criterion({ measure: 'single_hop_lsi_pct', comparator: '>', threshold: 90 })], {});
    const withoutEvidence = (await textOf(bare)).text;
    expect(withoutEvidence).not.toContain('Evidence for the thresholds');
    expect(withoutEvidence).toContain('Single hop LSI — > 90% — — Not measured');
    expect((await textOf({ ...bare, set: null })).text).not.toContain('Evidence for the thresholds');
  });

  it('states the caveats of REFERENCE §4.6 and §6.3', async () => {
    const { text } = await textOf(episodeYear().rts);
    expect(text).toContain('An LSI of 90% or more can coexist with poor absolute function: both limbs decondition');
    expect(text).toContain('Healthy people are not perfectly symmetric');
    expect(text).toContain(
      'Changes smaller than the minimal detectable change (about 7–13 percentage points for hop LSI',
    );
    expect(text).toContain('9 months after surgery or later');
  });

  it('reports the residual risk as the studies found it: an association, not significant in Grindem 2016, no promise', async () => {
    const { text } = await textOf(episodeYear().rts);
    expect(text).toContain(
      'Meeting return-to-sport criteria was associated with fewer re-injuries, but it does not remove the risk ' +
        'and is no guarantee of a safe return',
    );
    expect(text).toContain('(HR 0.16, p = 0.075, not significant at the 0.05 level)');
    expect(text).toContain('4.1-fold hazard of graft rupture (95% CI 1.9–9.2)');
    expect(text).not.toMatch(/lowers (but does not remove )?the risk/);
  });

  it('counts time from the injury for non-operative management, and leaves out the post-surgery timing evidence', async () => {
    const input = episodeYear().rts;
    const episode = { ...input.episode, condition: 'acl_nonoperative' as const, surgeryDate: null, graftType: null };
    const { text } = await textOf({ ...input, episode });
    // 10 Jan 2026 to 5 Feb 2027: 55 completed weeks.
    expect(text).toContain('Time since injury 55 weeks (non-operative management)');
    expect(text).not.toContain('Time since surgery');
    expect(text).not.toContain('9 months after surgery or later');
    const planned = (await textOf({ ...input, episode: { ...input.episode, surgeryDate: '2027-03-01' } })).text;
    expect(planned).toContain('Time since surgery Surgery planned for 1 Mar 2027');
    expect(planned).toContain('9 months after surgery or later');
  });

  it('gives the same bytes for the same input and print time', async () => {
    const input = episodeYear().rts;
    expect((await renderRtsReportPdf(input, printedAt)).equals(await renderRtsReportPdf(input, printedAt))).toBe(true);
  });
});
