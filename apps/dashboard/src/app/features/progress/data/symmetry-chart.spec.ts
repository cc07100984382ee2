import { symmetryTrend } from '../../../../testing/fixtures';
import { dayNumber } from './chart-axis';
import { buildSymmetryChart, measurementErrorBand } from './symmetry-chart';

describe('buildSymmetryChart', () => {
  it('draws LSI and EPIC over time with the 90% criterion across the whole date range', () => {
    const chart = buildSymmetryChart(symmetryTrend());
    const labels = chart.data.datasets.map((dataset) => dataset.label);
    expect(labels).toEqual(['Previous LSI ± MDC90 (13.0 pts)', 'LSI', 'EPIC', 'Criterion ≥ 90%']);

    const [, lsi, epic, criterion] = chart.data.datasets;
    expect(lsi?.data).toEqual([
      { x: dayNumber('2026-01-20'), y: 95 },
      { x: dayNumber('2026-03-01'), y: 82.43243243243244 },
    ]);
    expect(epic?.data).toEqual([{ x: dayNumber('2026-03-01'), y: 78.94736842105263 }]);

    const xScale = chart.options.scales?.['x'];
    expect(criterion?.data).toEqual([
      { x: xScale?.min, y: 90 },
      { x: xScale?.max, y: 90 },
    ]);
    expect(Number(xScale?.min)).toBeLessThan(dayNumber('2026-01-20'));
    expect(Number(xScale?.max)).toBeGreaterThan(dayNumber('2026-03-01'));
    expect(chart.plugins).toHaveLength(1);
  });

  it("shades each session's LSI ± MDC90 until the next session, and beyond the latest", () => {
    const chart = buildSymmetryChart(symmetryTrend());
    const end = Number(chart.options.scales?.['x']?.max);
    expect(chart.band).toEqual([
      { from: dayNumber('2026-01-20'), to: dayNumber('2026-03-01'), low: 95 - 12.96, high: 95 + 12.96 },
      { from: dayNumber('2026-03-01'), to: end, low: 82.43243243243244 - 12.96, high: 82.43243243243244 + 12.96 },
    ]);
    expect(measurementErrorBand([], 12.96, 10)).toEqual([]);
  });

  it('leaves out EPIC for a measure the library defines none for (Y-balance)', () => {
    const chart = buildSymmetryChart(symmetryTrend({ type: 'y_balance', label: 'Y-Balance test', mdc90: null }));
    expect(chart.data.datasets.map((dataset) => dataset.label)).toEqual(['LSI', 'Criterion ≥ 90%']);
    expect(chart.epicMissing).toBe('not defined for this test');
  });

  it('has no band without a known MDC90, and never clamps the axis below the values', () => {
    const trend = symmetryTrend({ mdc90: null });
    trend.points[1] = { ...trend.points[1]!, lsi: 131.5, epic: null };
    const chart = buildSymmetryChart(trend);
    expect(chart.data.datasets.map((dataset) => dataset.label)).toEqual(['LSI', 'EPIC', 'Criterion ≥ 90%']);
    expect(chart.plugins).toEqual([]);
    expect(Number(chart.options.scales?.['y']?.max)).toBeGreaterThanOrEqual(131.5);
    expect(chart.latest?.lsi).toBe(131.5);
    expect(chart.latestEpic).toBeNull();
    expect(chart.description).toContain('latest LSI 131.5%');
  });
});
