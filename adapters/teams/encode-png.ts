import { crc32, deflateSync } from "node:zlib";

/** An RGBA image: `pixel(x, y)` gives [r, g, b, a], 0-255 each. */
export interface RgbaImage {
  width: number;
  height: number;
  pixel(x: number, y: number): readonly [number, number, number, number];
}

/** A PNG (8-bit RGBA, no filtering) of the image: enough for app icons drawn in code, byte for byte stable. */
export function encodePng(image: RgbaImage): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < image.height; y++) {
    const row = Buffer.alloc(1 + image.width * 4); // filter byte 0: none
    for (let x = 0; x < image.width; x++) Buffer.from(image.pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
