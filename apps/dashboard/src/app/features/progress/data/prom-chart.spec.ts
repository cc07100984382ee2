import { promTrend } from '../../../../testing/fixtures';
import { buildPromChart } from './prom-chart';

describe('buildPromChart', () => {
  it('draws each KOOS subscale with its PASS line from the library tables', () => {
    const chart = buildPromChart(promTrend());
    const labels = chart.data.datasets.map((dataset) => dataset.label);
    expect(labels).toContain('Pain');
    expect(labels).toContain('Pain PASS 85.4');
    expect(labels).toContain('Knee-related quality of life PASS 59');
    const pass = chart.data.datasets.find((dataset) => dataset.label === 'Pain PASS 85.4');
    expect(pass?.data.map((point) => point.y)).toEqual([85.4, 85.4]);
    expect(chart.latest.find((score) => score.key === 'pain')).toMatchObject({ text: '83.3', meetsReference: false });
    expect(chart.latest.find((score) => score.key === 'adl')).toMatchObject({ text: '91.2', meetsReference: false });
  });

  it("keeps the instrument's scale order whatever order the stored scores come back in", () => {
    const chart = buildPromChart(
      promTrend({
        points: [
          { date: '2026-03-01', responseId: 'q', scores: { adl: 90, qol: 50, pain: 80, sport: 60, symptoms: 70 } },
        ],
      }),
    );
    expect(chart.latest.map((score) => score.key)).toEqual(['pain', 'symptoms', 'adl', 'sport', 'qol']);
  });

  it('uses the IKDC PASS, and the LEFS range without an invented PASS', () => {
    const ikdc = buildPromChart({
      instrument: 'ikdc',
      label: 'IKDC Subjective Knee Form',
      points: [{ date: '2026-03-01', responseId: 'r', scores: { total: 79.3 } }],
    });
    expect(ikdc.data.datasets.map((dataset) => dataset.label)).toEqual(['Score', 'Score PASS 76.2']);
    expect(ikdc.latest[0]).toMatchObject({ meetsReference: true });

    const lefs = buildPromChart({
      instrument: 'lefs',
      label: 'LEFS',
      points: [{ date: '2026-03-01', responseId: 'r', scores: { total: 60 } }],
    });
    expect(lefs.data.datasets.map((dataset) => dataset.label)).toEqual(['Score']);
    expect(lefs.options.scales?.['y']?.max).toBe(80);
  });
});
