import { formatDate } from '@angular/common';
import { daysBetween } from '@proprio/clinical';
import type { ChartOptions, Plugin, TooltipItem } from 'chart.js';

/** Chart colours: distinct in hue and, for the main pair (LSI/EPIC), in line style too. */
export const CHART_COLORS = {
  lsi: '#1565c0',
  epic: '#7b1fa2',
  criterion: '#c62828',
  band: 'rgba(21, 101, 192, 0.14)',
  series: ['#1565c0', '#2e7d32', '#ef6c00', '#7b1fa2', '#00838f', '#ad1457'],
} as const;

const DAY_MS = 86_400_000;

/**
 * A calendar date as a whole number of days since 1970-01-01, so sessions sit at their true distance
 * in time. The calendar arithmetic is the clinical library's (dates come validated from the API).
 */
export function dayNumber(isoDate: string): number {
  return daysBetween('1970-01-01', isoDate);
}

export function dayLabel(day: number, format = 'd MMM'): string {
  return formatDate(Math.round(day) * DAY_MS, format, 'en-US', 'UTC');
}

/** The x range of a chart: the sessions with some room either side (at least a week). */
export function dayRange(days: readonly number[]): { min: number; max: number; pad: number } {
  const first = Math.min(...days);
  const last = Math.max(...days);
  const pad = Math.max(7, Math.round((last - first) * 0.06));
  return { min: first - pad, max: last + pad, pad };
}

/** Round figures a little outside the data, so nothing is ever clipped (values are never clamped). */
export function valueRange(values: readonly number[], floor: number, ceiling: number): { min: number; max: number } {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(floor, ...finite);
  const high = Math.max(ceiling, ...finite);
  return { min: Math.floor((low - 2) / 10) * 10, max: Math.ceil((high + 2) / 10) * 10 };
}

/** Shared options of the progress line charts: a date axis in days, tooltips with full dates. */
export function lineChartOptions(
  x: { min: number; max: number },
  y: { min: number; max: number; title: string },
  label: (item: TooltipItem<'line'>) => string | string[],
): ChartOptions<'line'> {
  const span = x.max - x.min;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    parsing: false,
    interaction: { mode: 'nearest', intersect: false },
    scales: {
      x: {
        type: 'linear',
        min: x.min,
        max: x.max,
        ticks: {
          stepSize: Math.max(7, Math.ceil(span / 6 / 7) * 7),
          callback: (value) => dayLabel(Number(value)),
        },
        title: { display: true, text: 'Date' },
      },
      y: { min: y.min, max: y.max, title: { display: true, text: y.title } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
      tooltip: {
        callbacks: {
          title: (items) => (items[0] ? dayLabel(items[0].parsed.x ?? 0, 'd MMM y') : ''),
          label,
        },
      },
    },
  };
}

/** One shaded rectangle of the measurement-error band. */
export interface BandSegment {
  from: number;
  to: number;
  low: number;
  high: number;
}

/**
 * Draws the measurement-error band (behind the lines, clipped to the plot area) while its legend
 * entry, the dataset at `datasetIndex`, is visible: clicking the legend hides it like any series.
 */
export function bandPlugin(segments: readonly BandSegment[], datasetIndex: number, color: string): Plugin<'line'> {
  return {
    id: 'measurementErrorBand',
    beforeDatasetsDraw(chart) {
      if (!chart.isDatasetVisible(datasetIndex)) {
        return;
      }
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      const y = scales['y'];
      if (!x || !y) {
        return;
      }
      ctx.save();
      ctx.beginPath();
      ctx.rect(chartArea.left, chartArea.top, chartArea.width, chartArea.height);
      ctx.clip();
      ctx.fillStyle = color;
      for (const segment of segments) {
        const left = x.getPixelForValue(segment.from);
        const right = x.getPixelForValue(segment.to);
        const top = y.getPixelForValue(segment.high);
        const bottom = y.getPixelForValue(segment.low);
        ctx.fillRect(left, top, right - left, bottom - top);
      }
      ctx.restore();
    },
  };
}
