// Draws the app's icons (the scales of the favicon, white on the brand green) as PNG files for the
// web app manifest, with no image library and nothing downloaded. Run after changing the design:
// node --import tsx scripts/make-icons.ts   (writes src/web/public/icons/*.png, committed)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const OUT = path.resolve(import.meta.dirname, '../src/web/public/icons');
const GREEN = [0x0b, 0x6e, 0x4f];
// The favicon's strokes in its 32×32 box: beam, post, and the two pans as triangles.
const STROKES: [number, number, number, number][] = [
  [6, 20, 26, 20],
  [16, 8, 16, 20],
  [9, 14, 6, 20],
  [9, 14, 12, 20],
  [23, 14, 20, 20],
  [23, 14, 26, 20],
  [12, 26, 20, 26],
  [16, 20, 16, 26],
];

function distanceToSegment(px: number, py: number, [x1, y1, x2, y2]: (typeof STROKES)[number]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** RGBA pixels: a rounded square (or, maskable, the whole square) with the scales inside. */
function draw(size: number, maskable: boolean): Buffer {
  const px = Buffer.alloc(size * size * 4);
  // A maskable icon may be cut to a circle: the drawing keeps to the middle 70 %.
  const scale = maskable ? 0.7 : 0.9;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const r = 0.19;
      const cx = Math.min(Math.max(u, r), 1 - r);
      const cy = Math.min(Math.max(v, r), 1 - r);
      const inside = maskable || Math.hypot(u - cx, v - cy) <= r;
      if (!inside) continue;
      // The point in the favicon's 32-unit box, scaled about its centre.
      const sx = 16 + (u * 32 - 16) / scale;
      const sy = 16 + (v * 32 - 17) / scale;
      const white = STROKES.some((s) => distanceToSegment(sx, sy, s) <= 1.1);
      const i = (y * size + x) * 4;
      const [r0, g0, b0] = white ? [255, 255, 255] : GREEN;
      px[i] = r0;
      px[i + 1] = g0;
      px[i + 2] = b0;
      px[i + 3] = 255;
    }
  return px;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  fs.writeFileSync(path.join(OUT, name), png(size, draw(size, maskable)));
  console.log(`${name} ${size}×${size}`);
}
