import type { ChartData, ChartOptions, Plugin, PointStyle } from 'chart.js';
import type { SourcedThreshold } from '@proprio/clinical';
import type { SymmetryPoint, SymmetryTrend } from '@proprio/contracts';

import { formatOneDecimal, formatPercent, formatSignedChange } from '../../../shared/format/decimal';
import { criterionText, hasEpic, symmetryCriterion } from '../../measures/data/symmetry-criteria';
import {
  bandPlugin,
  CHART_COLORS,
  dayLabel,
  dayNumber,
  dayRange,
  lineChartOptions,
  valueRange,
  type BandSegment,
} from './chart-axis';

export interface ChartPoint {
  x: number;
  y: number;
}

/** Everything the page needs to draw and describe one test's symmetry over time. */
export interface SymmetryChartModel {
  trend: SymmetryTrend;
  /** Why there is no EPIC to show: no baseline yet, or none defined for this measure. */
  epicMissing: string;
  criterion: SourcedThreshold;
  data: ChartData<'line', ChartPoint[]>;
  options: ChartOptions<'line'>;
  plugins: Plugin<'line'>[];
  /** Previous LSI ± MDC90, one rectangle per interval between sessions. */
  band: BandSegment[];
  latest: SymmetryPoint | null;
  latestEpic: SymmetryPoint | null;
  /** A text alternative of the chart, for screen readers. */
  description: string;
}

export const DATASET_LABELS = {
  band: (mdc90: number) => `Previous LSI ± MDC90 (${formatOneDecimal(mdc90)} pts)`,
  lsi: 'LSI',
  epic: 'EPIC',
  criterion: (rule: SourcedThreshold) => `Criterion ${criterionText(rule)}`,
} as const;

/**
 * The measurement-error band, as chosen for Proprio: around each session's LSI, ± the test's MDC90,
 * drawn from that session until the next one (and a little beyond the latest). The next LSI landing
 * inside the band is a change within measurement error; outside it, a real change. This is the same
 * judgement the API reports as `withinMeasurementError` (change from the previous LSI < MDC90).
 */
export function measurementErrorBand(
  points: readonly { x: number; lsi: number }[],
  mdc90: number,
  tailEnd: number,
): BandSegment[] {
  return points.map((point, index) => ({
    from: point.x,
    to: points[index + 1]?.x ?? tailEnd,
    low: point.lsi - mdc90,
    high: point.lsi + mdc90,
  }));
}

/** Builds one test's chart: LSI and EPIC over time, the 90% criterion line and the error band. */
export function buildSymmetryChart(trend: SymmetryTrend): SymmetryChartModel {
  const criterion = symmetryCriterion(trend.type);
  const points = [...trend.points].sort((a, b) => a.date.localeCompare(b.date));
  const lsiPoints = points.flatMap((p) => (p.lsi === null ? [] : [{ x: dayNumber(p.date), lsi: p.lsi, point: p }]));
  const epicPoints = points.flatMap((p) => (p.epic === null ? [] : [{ x: dayNumber(p.date), y: p.epic }]));
  const days = points.map((p) => dayNumber(p.date));
  const x = dayRange(days.length ? days : [0]);
  const band = trend.mdc90 === null ? [] : measurementErrorBand(lsiPoints, trend.mdc90, x.max);
  const y = valueRange(
    [...lsiPoints.map((p) => p.lsi), ...epicPoints.map((p) => p.y), ...band.flatMap((s) => [s.low, s.high])],
    Math.min(criterion.threshold, 60),
    Math.max(criterion.threshold, 100),
  );

  const datasets: ChartData<'line', ChartPoint[]>['datasets'] = [];
  let bandIndex = -1;
  if (trend.mdc90 !== null) {
    bandIndex = datasets.length;
    datasets.push({
      label: DATASET_LABELS.band(trend.mdc90),
      data: [],
      backgroundColor: CHART_COLORS.band,
      borderColor: CHART_COLORS.band,
      pointStyle: 'rect',
    });
  }
  datasets.push({
    label: DATASET_LABELS.lsi,
    data: lsiPoints.map((p) => ({ x: p.x, y: p.lsi })),
    borderColor: CHART_COLORS.lsi,
    backgroundColor: CHART_COLORS.lsi,
    borderWidth: 2,
    pointRadius: 5,
    pointHoverRadius: 7,
    // Diamonds mark baseline sessions; hollow points changed by less than the MDC90.
    pointStyle: lsiPoints.map((p): PointStyle => (p.point.baseline ? 'rectRot' : 'circle')),
    pointBackgroundColor: lsiPoints.map((p) => (p.point.withinMeasurementError ? '#ffffff' : CHART_COLORS.lsi)),
  });
  if (hasEpic(trend.type)) {
    datasets.push({
      label: DATASET_LABELS.epic,
      data: epicPoints,
      borderColor: CHART_COLORS.epic,
      backgroundColor: CHART_COLORS.epic,
      borderWidth: 2,
      borderDash: [6, 3],
      pointRadius: 4,
      pointStyle: 'triangle',
    });
  }
  datasets.push({
    label: DATASET_LABELS.criterion(criterion),
    data: [
      { x: x.min, y: criterion.threshold },
      { x: x.max, y: criterion.threshold },
    ],
    borderColor: CHART_COLORS.criterion,
    backgroundColor: CHART_COLORS.criterion,
    borderWidth: 1.5,
    borderDash: [4, 4],
    pointRadius: 0,
    pointHitRadius: 0,
    pointStyle: 'line',
  });

  const byDay = new Map(lsiPoints.map((p) => [p.x, p.point]));
  const options = lineChartOptions(x, { ...y, title: '% (LSI, EPIC)' }, (item) => {
    const value = `${item.dataset.label ?? ''}: ${formatPercent(item.parsed.y)}`;
    const point = item.dataset.label === DATASET_LABELS.lsi ? byDay.get(item.parsed.x ?? Number.NaN) : undefined;
    if (!point || point.changeFromPrevious === null) {
      return value;
    }
    return [value, changeText(point, trend.mdc90)];
  });

  const latest = [...points].reverse().find((p) => p.lsi !== null) ?? null;
  const latestEpic = [...points].reverse().find((p) => p.epic !== null) ?? null;
  return {
    trend,
    epicMissing: hasEpic(trend.type) ? 'no baseline' : 'not defined for this test',
    criterion,
    data: { datasets },
    options,
    plugins: bandIndex < 0 ? [] : [bandPlugin(band, bandIndex, CHART_COLORS.band)],
    band,
    latest,
    latestEpic,
    description: describe(trend, latest, latestEpic, criterion),
  };
}

/** "−12.6 pts since the previous session: within measurement error (MDC90 13.0)". */
export function changeText(point: SymmetryPoint, mdc90: number | null): string {
  const change = `${formatSignedChange(point.changeFromPrevious)} pts since the previous session`;
  if (point.withinMeasurementError === null || mdc90 === null) {
    return change;
  }
  return `${change}: ${point.withinMeasurementError ? 'within' : 'beyond'} measurement error (MDC90 ${formatOneDecimal(mdc90)})`;
}

function describe(
  trend: SymmetryTrend,
  latest: SymmetryPoint | null,
  latestEpic: SymmetryPoint | null,
  criterion: SourcedThreshold,
): string {
  const sessions = `${trend.points.length} ${trend.points.length === 1 ? 'session' : 'sessions'}`;
  const lsi = latest
    ? `latest LSI ${formatPercent(latest.lsi)} on ${dayLabel(dayNumber(latest.date), 'd MMM y')}`
    : 'no LSI';
  const epic = latestEpic ? `, latest EPIC ${formatPercent(latestEpic.epic)}` : '';
  return `${trend.label}: ${sessions}, ${lsi}${epic}; criterion ${criterionText(criterion)}.`;
}
