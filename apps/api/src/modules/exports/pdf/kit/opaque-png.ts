import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes opaque RGBA pixels as an RGB PNG (colour type 2, no alpha channel). The canvas encoder always
 * writes RGBA, and pdfkit must then split the alpha channel pixel by pixel in JavaScript (about 15 ms a
 * chart); an RGB PNG's compressed data goes into the PDF as it is. The alpha is dropped, so the pixels
 * must be opaque (the charts paint a white background first).
 */
export function encodeOpaquePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new RangeError('encodeOpaquePng: pixel data does not match the size');
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * stride; // filter byte 0 (None) at raw[row]
    let source = y * width * 4;
    for (let x = 0, target = row + 1; x < width; x += 1, source += 4, target += 3) {
      raw[target] = rgba[source]!;
      raw[target + 1] = rgba[source + 1]!;
      raw[target + 2] = rgba[source + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour, no alpha
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0, 0);
  return Buffer.concat([length, typed, crc]);
}
