#!/usr/bin/env node
/**
 * Draws Segmenta's icons (assets/icon-16/32/64/80/128.png and assets/logo-filled.png):
 * a rounded square in the Fluent brand blue holding a 2×2 grid of segments whose
 * opacity falls from A to C, the picture of a ranked segmentation.
 *
 * Pure Node (zlib for the PNG stream), so it runs anywhere the build runs:
 *   node scripts/makeIcons.js
 * The PNGs are committed; run this again only when the drawing changes.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ICON_SIZES = [16, 32, 64, 80, 128];
const LOGO_SIZE = 300;
const BACKGROUND = [0x0f, 0x6c, 0xbd]; // Fluent brand blue (colorBrandBackground)
const TILE = [0xff, 0xff, 0xff];
/** Opacity of the four tiles, reading order: the strongest segment first. */
const TILE_ALPHA = [1, 0.8, 0.8, 0.5];
/** Samples per pixel side: 4×4 = 16 samples give smooth edges at 16 px. */
const SUPERSAMPLE = 4;

/** Signed distance from (x, y) to a rounded rectangle (negative inside). */
function roundedRectDistance(x, y, left, top, width, height, radius) {
  const cx = left + width / 2;
  const cy = top + height / 2;
  const qx = Math.abs(x - cx) - (width / 2 - radius);
  const qy = Math.abs(y - cy) - (height / 2 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** The drawing in unit coordinates (0..1): background square, then four tiles. */
function shapes() {
  const margin = 0.04;
  const list = [{ rect: [margin, margin, 1 - 2 * margin, 1 - 2 * margin], radius: 0.2, colour: BACKGROUND, alpha: 1 }];
  const inset = 0.22;
  const gap = 0.08;
  const tile = (1 - 2 * inset - gap) / 2;
  for (let i = 0; i < 4; i += 1) {
    const col = i % 2;
    const row = Math.floor(i / 2);
    list.push({
      rect: [inset + col * (tile + gap), inset + row * (tile + gap), tile, tile],
      radius: tile * 0.18,
      colour: TILE,
      alpha: TILE_ALPHA[i],
    });
  }
  return list;
}

/** RGBA pixels of the icon at `size` × `size`, straight (non-premultiplied) alpha. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const drawing = shapes();
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0; // premultiplied accumulators
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const shape of drawing) {
            const [left, top, width, height] = shape.rect;
            if (roundedRectDistance(x, y, left, top, width, height, shape.radius) > 0) continue;
            const sa = shape.alpha;
            cr = shape.colour[0] * sa + cr * (1 - sa);
            cg = shape.colour[1] * sa + cg * (1 - sa);
            cb = shape.colour[2] * sa + cb * (1 - sa);
            ca = sa + ca * (1 - sa);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = a / samples;
      pixels[offset] = alpha > 0 ? Math.round(r / a) : 0;
      pixels[offset + 1] = alpha > 0 ? Math.round(g / a) : 0;
      pixels[offset + 2] = alpha > 0 ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const assets = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(assets, { recursive: true });
  const outputs = ICON_SIZES.map((size) => [`icon-${size}.png`, size]).concat([["logo-filled.png", LOGO_SIZE]]);
  for (const [name, size] of outputs) {
    const file = path.join(assets, name);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, ICON_SIZES, LOGO_SIZE };
