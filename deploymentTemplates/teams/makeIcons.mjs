// Draws the Teams app icons (a speech bubble) as PNG files with nothing but Node's zlib:
//   color.png   192x192, the council colour with a white bubble (full colour icon)
//   outline.png  32x32,  a white bubble outline on transparent (Teams' outline icon rules)
// Run `node deploymentTemplates/teams/makeIcons.mjs [#rrggbb]` after changing the colour.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, byte) => crcTable[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An 8-bit RGBA PNG; pixel(x, y) returns [r, g, b, a]. */
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < size; x += 1) rows.push(...pixel(x, y));
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A speech bubble in a unit square: a rounded box with a tail at the bottom left. */
function inBubble(u, v) {
  const [left, top, right, bottom, radius] = [0.18, 0.22, 0.82, 0.66, 0.09];
  const cx = Math.min(Math.max(u, left + radius), right - radius);
  const cy = Math.min(Math.max(v, top + radius), bottom - radius);
  const inBox = u >= left && u <= right && v >= top && v <= bottom && (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
  // The tail: a triangle from the box's bottom edge down to a point.
  const inTail = v > bottom - 0.01 && v <= 0.82 && u >= 0.3 - (0.82 - v) * 0.1 && u <= 0.3 + (0.82 - v) * 1.0 && u >= 0.3 - 0.02;
  return inBox || inTail;
}

const hex = (process.argv[2] ?? '#005a4e').replace('#', '');
const colour = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
const white = [255, 255, 255, 255];
const clear = [0, 0, 0, 0];
const here = new URL('.', import.meta.url);

writeFileSync(new URL('color.png', here), png(192, (x, y) => (inBubble((x + 0.5) / 192, (y + 0.5) / 192) ? white : [...colour, 255])));

const inSmall = (x, y) => x >= 0 && y >= 0 && x < 32 && y < 32 && inBubble((x + 0.5) / 32, (y + 0.5) / 32);
const onEdge = (x, y) => {
  for (let dy = -2; dy <= 2; dy += 1) for (let dx = -2; dx <= 2; dx += 1) if (Math.abs(dx) + Math.abs(dy) <= 2 && !inSmall(x + dx, y + dy)) return true;
  return false;
};
writeFileSync(new URL('outline.png', here), png(32, (x, y) => (inSmall(x, y) && onEdge(x, y) ? white : clear)));
