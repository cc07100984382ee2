import { describe, expect, it } from '@jest/globals';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { encodeOpaquePng } from './opaque-png.js';

describe('encodeOpaquePng', () => {
  it('writes an RGB PNG (no alpha channel) that decodes to the same pixels', async () => {
    const width = 7;
    const height = 5;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);
    }
    const png = encodeOpaquePng(rgba, width, height);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect(png[25]).toBe(2); // colour type: truecolour without alpha

    const image = await loadImage(png);
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(0, 0, width, height).data]).toEqual([...rgba]);
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2)).toThrow(RangeError);
  });
});
