import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CHART_FONT_FAMILY, registerChartFonts } from './fonts.js';
import { encodeOpaquePng } from './opaque-png.js';

export interface ChartPoint {
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  value: number;
  /** Drawn as an open marker and not joined to the line (e.g. a test before surgery). */
  apart?: boolean;
}

export interface ChartSeries {
  label: string;
  points: readonly ChartPoint[];
  colour: string;
  dashed?: boolean;
}

export interface ChartReferenceLine {
  value: number;
  label: string;
  colour: string;
}

export interface LineChartSpec {
  title: string;
  /** Size on the page, in points; the image is drawn at `scale` pixels per point. */
  width: number;
  height: number;
  unit: string;
  series: readonly ChartSeries[];
  referenceLines: readonly ChartReferenceLine[];
  scale?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const INK = '#1a1a1a';
const GRID = '#d9d9d9';
const AXIS = '#7a7a7a';

/**
 * A line chart of values over calendar time as a PNG: one line per series (a marker on each point),
 * dashed horizontal reference lines, a legend below. Drawn with @napi-rs/canvas in DejaVu Sans so it
 * looks the same on every host, on an opaque white background, and returned as an RGB PNG; charts are
 * the only pictures a document contains.
 */
export function renderLineChart(spec: LineChartSpec): Buffer {
  registerChartFonts();
  const scale = spec.scale ?? 2;
  const canvas = createCanvas(Math.round(spec.width * scale), Math.round(spec.height * scale));
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, spec.width, spec.height);

  // Two legend rows fit below the axis; each further row (many series) takes its room from the plot.
  const legend = layoutLegend(ctx, spec);
  const extraRows = Math.max(0, legend.rows - 2);
  const plot = { left: 36, right: spec.width - 10, top: 22, bottom: spec.height - 36 - extraRows * LEGEND_ROW };
  const all = spec.series.flatMap((s) => s.points);
  const values = [...all.map((p) => p.value), ...spec.referenceLines.map((r) => r.value)];
  const y = yScale(values, plot);
  const x = xScale(
    all.map((p) => Date.parse(p.date)),
    plot,
  );

  ctx.font = `bold 9px "${CHART_FONT_FAMILY}"`;
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(spec.title, 2, 11);

  // Horizontal grid with value labels.
  ctx.font = `7px "${CHART_FONT_FAMILY}"`;
  ctx.lineWidth = 0.5;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let v = y.min; v <= y.max + 1e-9; v += y.step) {
    const py = y.at(v);
    ctx.strokeStyle = GRID;
    line(ctx, plot.left, py, plot.right, py);
    ctx.fillStyle = AXIS;
    ctx.fillText(`${v}${spec.unit}`, plot.left - 3, py);
  }
  // Month ticks along the time axis.
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const tick of monthTicks(x.from, x.to)) {
    const px = x.at(tick);
    ctx.strokeStyle = AXIS;
    line(ctx, px, plot.bottom, px, plot.bottom + 3);
    const d = new Date(tick);
    ctx.fillStyle = AXIS;
    ctx.fillText(`${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).slice(2)}`, px, plot.bottom + 4);
  }
  ctx.strokeStyle = AXIS;
  ctx.lineWidth = 0.8;
  line(ctx, plot.left, plot.bottom, plot.right, plot.bottom);

  for (const ref of spec.referenceLines) {
    ctx.strokeStyle = ref.colour;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    line(ctx, plot.left, y.at(ref.value), plot.right, y.at(ref.value));
    ctx.setLineDash([]);
  }

  for (const series of spec.series) {
    const points = [...series.points].sort((a, b) => a.date.localeCompare(b.date));
    ctx.strokeStyle = series.colour;
    ctx.fillStyle = series.colour;
    ctx.lineWidth = 1.4;
    ctx.setLineDash(series.dashed ? [3, 2] : []);
    ctx.beginPath();
    let joined = false;
    for (const p of points) {
      if (p.apart) continue;
      const px = x.at(Date.parse(p.date));
      const py = y.at(p.value);
      if (joined) ctx.lineTo(px, py);
      else ctx.moveTo(px, py);
      joined = true;
    }
    ctx.stroke();
    ctx.setLineDash([]);
    for (const p of points) {
      ctx.beginPath();
      ctx.arc(x.at(Date.parse(p.date)), y.at(p.value), p.apart ? 2.2 : 1.9, 0, 2 * Math.PI);
      if (p.apart) {
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.fillStyle = series.colour;
      } else {
        ctx.fill();
      }
    }
  }

  drawLegend(ctx, legend.entries, plot.bottom + 17);
  // data(): the stored RGBA bytes (premultiplied, which changes nothing on an opaque canvas).
  return encodeOpaquePng(canvas.data(), canvas.width, canvas.height);
}

interface LegendEntry {
  label: string;
  colour: string;
  dashed: boolean;
  marker: boolean;
  /** Offset from the legend's left edge and its row (0 = first). */
  x: number;
  row: number;
}

const LEGEND_ROW = 10;

/** Where each legend entry goes: left to right, wrapping to a new row when the chart's width is used up. */
function layoutLegend(ctx: SKRSContext2D, spec: LineChartSpec): { entries: LegendEntry[]; rows: number } {
  const items = [
    ...spec.series.map((s) => ({ label: s.label, colour: s.colour, dashed: s.dashed === true, marker: true })),
    ...spec.referenceLines.map((r) => ({ label: r.label, colour: r.colour, dashed: true, marker: false })),
  ];
  ctx.font = `7px "${CHART_FONT_FAMILY}"`;
  let x = 4;
  let row = 0;
  const entries = items.map((item): LegendEntry => {
    const width = 18 + ctx.measureText(item.label).width + 10;
    if (x + width > spec.width && x > 4) {
      x = 4;
      row += 1;
    }
    const entry = { ...item, x, row };
    x += width;
    return entry;
  });
  return { entries, rows: entries.length ? row + 1 : 0 };
}

function drawLegend(ctx: SKRSContext2D, entries: readonly LegendEntry[], top: number): void {
  ctx.font = `7px "${CHART_FONT_FAMILY}"`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const entry of entries) {
    const { x } = entry;
    const y = top + 4 + entry.row * LEGEND_ROW;
    ctx.strokeStyle = entry.colour;
    ctx.fillStyle = entry.colour;
    ctx.lineWidth = 1.4;
    ctx.setLineDash(entry.dashed ? [3, 2] : []);
    line(ctx, x, y, x + 14, y);
    ctx.setLineDash([]);
    if (entry.marker) {
      ctx.beginPath();
      ctx.arc(x + 7, y, 1.9, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = INK;
    ctx.fillText(entry.label, x + 18, y);
  }
}

function line(ctx: SKRSContext2D, x1: number, y1: number, x2: number, y2: number): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** A value axis in round steps that shows every value and reference line with some headroom. */
function yScale(values: readonly number[], plot: { top: number; bottom: number }) {
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 100;
  const span = Math.max(hi - lo, 20);
  const step = span > 80 ? 20 : 10;
  let min = Math.floor((lo - 5) / step) * step;
  let max = Math.ceil((hi + 5) / step) * step;
  if (max - min < 3 * step) {
    min -= step;
    max += step;
  }
  min = Math.max(min, lo >= 0 ? 0 : min);
  return { min, max, step, at: (v: number) => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top) };
}

/** A time axis over the dates shown, padded by a few days so the first and last markers are clear. */
function xScale(times: readonly number[], plot: { left: number; right: number }) {
  const first = times.length ? Math.min(...times) : 0;
  const last = times.length ? Math.max(...times) : 0;
  const pad = Math.max(7 * DAY, (last - first) * 0.04);
  const from = first - pad;
  const to = last + pad;
  return { from, to, at: (t: number) => plot.left + ((t - from) / (to - from)) * (plot.right - plot.left) };
}

/** First days of months inside the range, thinned out to at most seven ticks. */
function monthTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const start = new Date(from);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  for (;;) {
    if (month > 11) {
      month = 0;
      year += 1;
    }
    const t = Date.UTC(year, month, 1);
    if (t > to) break;
    ticks.push(t);
    month += 1;
  }
  const every = Math.ceil(ticks.length / 7);
  return ticks.filter((_, i) => i % every === 0);
}
