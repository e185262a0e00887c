#!/usr/bin/env node
// Draws the app icons (deterministic, no image tools needed): appPackage/color.png 192x192 and
// appPackage/outline.png 32x32 (white on transparent, as Teams requires). A calendar page with a
// speech-bubble tail: meetings and the conversation around them. Run: node scripts/makeIcons.js
'use strict';
const { PNG } = require('pngjs');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

function canvas(size) {
  const png = new PNG({ width: size, height: size });
  png.data.fill(0);
  return png;
}
function set(png, x, y, [r, g, b, a]) {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
  const i = (png.width * y + x) << 2;
  png.data[i] = r;
  png.data[i + 1] = g;
  png.data[i + 2] = b;
  png.data[i + 3] = a;
}
function rect(png, x0, y0, x1, y1, c, radius = 0) {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const cx = x < x0 + radius ? x0 + radius : x >= x1 - radius ? x1 - radius - 1 : x;
      const cy = y < y0 + radius ? y0 + radius : y >= y1 - radius ? y1 - radius - 1 : y;
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) set(png, x, y, c);
    }
}
function triangle(png, [ax, ay], [bx, by], [cx, cy], c) {
  const minX = Math.min(ax, bx, cx),
    maxX = Math.max(ax, bx, cx),
    minY = Math.min(ay, by, cy),
    maxY = Math.max(ay, by, cy);
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  for (let y = minY; y <= maxY; y++)
    for (let x = minX; x <= maxX; x++) {
      const d1 = s(x, y, ax, ay, bx, by),
        d2 = s(x, y, bx, by, cx, cy),
        d3 = s(x, y, cx, cy, ax, ay);
      const neg = d1 < 0 || d2 < 0 || d3 < 0,
        pos = d1 > 0 || d2 > 0 || d3 > 0;
      if (!(neg && pos)) set(png, x, y, c);
    }
}

const BLUE = [0x15, 0x42, 0x73, 255]; // Rijksoverheid blue
const WHITE = [255, 255, 255, 255];
const ORANGE = [0xe1, 0x70, 0x00, 255];
const CLEAR = [0, 0, 0, 0];

// Color icon: blue tile, white calendar page, orange header band, blue day grid, bubble tail.
const color = canvas(192);
rect(color, 0, 0, 192, 192, BLUE, 28);
rect(color, 36, 44, 156, 146, WHITE, 12);
triangle(color, [60, 144], [92, 144], [52, 170], WHITE);
rect(color, 36, 44, 156, 72, ORANGE, 12);
rect(color, 36, 60, 156, 72, ORANGE);
for (const x of [58, 128]) rect(color, x, 30, x + 8, 56, WHITE, 4);
for (let row = 0; row < 2; row++) for (let col = 0; col < 4; col++) rect(color, 52 + col * 24, 86 + row * 24, 68 + col * 24, 102 + row * 24, BLUE, 3);

// Outline icon: only white and transparent pixels.
const outline = canvas(32);
rect(outline, 5, 7, 27, 25, WHITE, 2);
rect(outline, 7, 12, 25, 23, CLEAR);
triangle(outline, [9, 24], [14, 24], [8, 29], WHITE);
for (const x of [10, 21]) rect(outline, x, 4, x + 2, 9, WHITE);
for (let col = 0; col < 3; col++) rect(outline, 9 + col * 5, 15, 12 + col * 5, 18, WHITE);

const dir = join(__dirname, '..', 'appPackage');
writeFileSync(join(dir, 'color.png'), PNG.sync.write(color));
writeFileSync(join(dir, 'outline.png'), PNG.sync.write(outline));
console.log('wrote appPackage/color.png and appPackage/outline.png');
