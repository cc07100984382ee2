import type { ChartData, ChartOptions } from 'chart.js';
import { meetsThreshold } from '@proprio/clinical';
import type { PromTrend } from '@proprio/contracts';

import { formatOneDecimal } from '../../../shared/format/decimal';
import { scoreReference, type ScoreReference } from '../../questionnaires/data/pass-thresholds';
import { orderScoreKeys, scoreLabel, scoreMaximum } from '../../questionnaires/data/score-lines';
import { CHART_COLORS, dayLabel, dayNumber, dayRange, lineChartOptions } from './chart-axis';
import type { ChartPoint } from './symmetry-chart';

/** The latest value of one score, with its PASS (or criterion) verdict. */
export interface LatestScore {
  key: string;
  label: string;
  text: string;
  reference: ScoreReference | null;
  meetsReference: boolean | null;
}

export interface PromChartModel {
  trend: PromTrend;
  data: ChartData<'line', ChartPoint[]>;
  options: ChartOptions<'line'>;
  latestDate: string | null;
  latest: LatestScore[];
  description: string;
}

/** The score keys that have at least one value, in the order the API lists them. */
function scoreKeys(trend: PromTrend): string[] {
  const keys: string[] = [];
  for (const point of trend.points) {
    for (const [key, value] of Object.entries(point.scores)) {
      if (value !== null && !keys.includes(key)) {
        keys.push(key);
      }
    }
  }
  return orderScoreKeys(trend.instrument, keys);
}

/**
 * One instrument's scores over time, each scale in its own colour, with its PASS value (or
 * Delaware-Oslo criterion) from the library's threshold tables as a dashed line of the same colour.
 */
export function buildPromChart(trend: PromTrend): PromChartModel {
  const points = [...trend.points].sort((a, b) => a.date.localeCompare(b.date));
  const days = points.map((p) => dayNumber(p.date));
  const x = dayRange(days.length ? days : [0]);
  const keys = scoreKeys(trend);
  const datasets: ChartData<'line', ChartPoint[]>['datasets'] = [];

  keys.forEach((key, index) => {
    const color = CHART_COLORS.series[index % CHART_COLORS.series.length] ?? CHART_COLORS.lsi;
    const label = scoreLabel(trend.instrument, key);
    datasets.push({
      label,
      data: points.flatMap((p) => {
        const value = p.scores[key];
        return value === null || value === undefined ? [] : [{ x: dayNumber(p.date), y: value }];
      }),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: 4,
    });
    const reference = scoreReference(trend.instrument, key);
    if (reference) {
      datasets.push({
        label: `${label} ${reference.label}`,
        data: [
          { x: x.min, y: reference.threshold },
          { x: x.max, y: reference.threshold },
        ],
        borderColor: color,
        backgroundColor: color,
        borderWidth: 1,
        borderDash: [5, 4],
        pointRadius: 0,
        pointHitRadius: 0,
        pointStyle: 'line',
      });
    }
  });

  const maximum = scoreMaximum(trend.instrument);
  const options = lineChartOptions(
    x,
    { min: 0, max: maximum, title: maximum === 100 ? 'Score (0–100)' : `Score (0–${maximum})` },
    (item) => `${item.dataset.label ?? ''}: ${formatOneDecimal(item.parsed.y)}`,
  );

  const last = points.at(-1);
  const latest: LatestScore[] = keys.map((key) => {
    const value = last?.scores[key] ?? null;
    const reference = scoreReference(trend.instrument, key);
    return {
      key,
      label: scoreLabel(trend.instrument, key),
      text: formatOneDecimal(value),
      reference,
      meetsReference: reference === null ? null : meetsThreshold(value, reference),
    };
  });
  const when = last ? dayLabel(dayNumber(last.date), 'd MMM y') : '';
  return {
    trend,
    data: { datasets },
    options,
    latestDate: last?.date ?? null,
    latest,
    description: `${trend.label}: ${points.length} ${points.length === 1 ? 'response' : 'responses'}; latest ${when}: ${latest
      .map((score) => `${score.label} ${score.text}`)
      .join(', ')}.`,
  };
}
