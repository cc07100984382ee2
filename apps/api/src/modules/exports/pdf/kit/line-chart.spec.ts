import { describe, expect, it } from '@jest/globals';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { renderLineChart, type LineChartSpec } from './line-chart.js';

const spec: LineChartSpec = {
  title: 'Single hop for distance ≥ 90%',
  width: 240,
  height: 150,
  unit: '%',
  series: [
    {
      label: 'LSI',
      colour: '#0000ff',
      points: [
        { date: '2026-01-20', value: 82, apart: true },
        { date: '2026-05-01', value: 61 },
        { date: '2026-08-01', value: 80 },
        { date: '2027-01-15', value: 94 },
      ],
    },
    { label: 'EPIC', colour: '#ff8000', dashed: true, points: [{ date: '2026-08-01', value: 72 }] },
  ],
  referenceLines: [{ value: 90, label: '90% line', colour: '#00a000' }],
};

/** Decodes a PNG and counts the pixels of exactly one colour. */
async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  const count = (r: number, g: number, b: number) => {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n += 1;
    return n;
  };
  return { width: image.width, height: image.height, count, opaque: data.every((v, i) => i % 4 !== 3 || v === 255) };
}

describe('renderLineChart', () => {
  it('draws an opaque PNG at twice the size in points, with every series and the reference line', async () => {
    const decoded = await pixels(renderLineChart(spec));
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 480, height: 300 });
    expect(decoded.opaque).toBe(true);
    expect(decoded.count(0, 0, 255)).toBeGreaterThan(100);
    expect(decoded.count(255, 128, 0)).toBeGreaterThan(10);
    expect(decoded.count(0, 160, 0)).toBeGreaterThan(100);
  });

  it('makes room for a legend of many lines (one per method) by shortening the plot, never cutting it off', async () => {
    const many: LineChartSpec = {
      ...spec,
      series: [
        ...['average of tries', 'best try', 'Biodex System 4 · concentric · 60°/s · N.m'].flatMap((method, i) => [
          { label: `LSI, ${method}`, colour: '#0000ff', points: [{ date: `2026-0${i + 4}-01`, value: 80 }] },
          {
            label: `EPIC, ${method}`,
            colour: '#ff8000',
            dashed: true,
            points: [{ date: `2026-0${i + 4}-01`, value: 70 }],
          },
        ]),
        // No points: this colour can only appear in the legend's last entries.
        { label: 'Legend entry at the very end', colour: '#ff00ff', points: [] },
      ],
    };
    expect((await pixels(renderLineChart(many))).count(255, 0, 255)).toBeGreaterThan(20);
  });

  it('is deterministic, and copes with a single point or no point at all', () => {
    expect(renderLineChart(spec).equals(renderLineChart(spec))).toBe(true);
    expect(() => renderLineChart({ ...spec, series: [{ label: 'LSI', colour: '#000', points: [] }] })).not.toThrow();
    expect(() =>
      renderLineChart({
        ...spec,
        series: [{ label: 'LSI', colour: '#000', points: [{ date: '2026-05-01', value: 40 }] }],
      }),
    ).not.toThrow();
  });
});
