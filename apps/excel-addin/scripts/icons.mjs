// @ts-check
/**
 * Draws the add-in's icons (logo, Validate goals, Refresh progress) as RGBA rasters and writes
 * them as PNG files into assets/. Pure JS + zlib so the icons are reproducible on any machine:
 * `node scripts/icons.mjs` regenerates them, and a test checks the committed files still match.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";

/** @typedef {[number, number, number]} Rgb */
/** @typedef {(x: number, y: number) => boolean} Shape  Inside test in unit coordinates (0..1). */
/** @typedef {{ shape: Shape, color: Rgb }} Layer */

/** Planbook teal; white glyphs on it keep a 4.5:1 contrast. */
const BRAND = /** @type {Rgb} */ ([15, 110, 120]);
const WHITE = /** @type {Rgb} */ ([255, 255, 255]);

/** @type {Record<string, number[]>} */
export const ICON_SIZES = {
  logo: [16, 32, 64, 80, 128],
  validate: [16, 32, 80],
  refresh: [16, 32, 80],
};

/** @param {number} x0 @param {number} y0 @param {number} x1 @param {number} y1 @param {number} r @returns {Shape} */
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A line segment with round ends, `w` wide. @param {number} ax @param {number} ay @param {number} bx @param {number} by @param {number} w @returns {Shape} */
function capsule(ax, ay, bx, by, w) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    return px * px + py * py <= (w / 2) ** 2;
  };
}

/** Ring between radii r0..r1 around (cx, cy), leaving out angles in [gapFrom, gapTo] (radians, y down). */
function arc(
  /** @type {number} */ cx,
  /** @type {number} */ cy,
  /** @type {number} */ r0,
  /** @type {number} */ r1,
  /** @type {number} */ gapFrom,
  /** @type {number} */ gapTo,
) {
  return /** @type {Shape} */ (
    (x, y) => {
      const d = Math.hypot(x - cx, y - cy);
      if (d < r0 || d > r1) return false;
      const a = Math.atan2(y - cy, x - cx);
      return !(a >= gapFrom && a <= gapTo);
    }
  );
}

/** @param {[number, number][]} pts Triangle corners. @returns {Shape} */
function triangle(pts) {
  const [[ax, ay], [bx, by], [cx, cy]] =
    /** @type {[[number, number], [number, number], [number, number]]} */ (pts);
  /** @param {number} px @param {number} py @param {number} qx @param {number} qy @param {number} x @param {number} y */
  const side = (px, py, qx, qy, x, y) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const s1 = side(ax, ay, bx, by, x, y);
    const s2 = side(bx, by, cx, cy, x, y);
    const s3 = side(cx, cy, ax, ay, x, y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };
}

const background = roundedRect(0.03, 0.03, 0.97, 0.97, 0.2);

/** @type {Record<string, Layer[]>} */
const DESIGNS = {
  // Three rising bars: a plan growing month by month.
  logo: [
    { shape: background, color: BRAND },
    { shape: roundedRect(0.18, 0.56, 0.34, 0.8, 0.03), color: WHITE },
    { shape: roundedRect(0.42, 0.4, 0.58, 0.8, 0.03), color: WHITE },
    { shape: roundedRect(0.66, 0.2, 0.82, 0.8, 0.03), color: WHITE },
  ],
  // A check mark: goals pass the SMART checks.
  validate: [
    { shape: background, color: BRAND },
    { shape: capsule(0.22, 0.52, 0.42, 0.72, 0.14), color: WHITE },
    { shape: capsule(0.42, 0.72, 0.78, 0.3, 0.14), color: WHITE },
  ],
  // A circular arrow: recalculate.
  refresh: [
    { shape: background, color: BRAND },
    { shape: arc(0.5, 0.52, 0.2, 0.32, -Math.PI / 2, -0.1), color: WHITE },
    {
      shape: triangle([
        [0.5, 0.06],
        [0.5, 0.46],
        [0.76, 0.26],
      ]),
      color: WHITE,
    },
  ],
};

const SUBSAMPLES = 4;

/**
 * RGBA pixels of icon `name` at `size`×`size`: each pixel takes the colour of the topmost layer
 * at each of 4×4 sample points, averaged (anti-aliasing), over a transparent background.
 * @param {string} name @param {number} size @returns {Uint8Array}
 */
export function renderIcon(name, size) {
  const layers = DESIGNS[name];
  if (!layers) throw new Error(`unknown icon "${name}"`);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          let color = null;
          for (const layer of layers) if (layer.shape(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        out[i] = Math.round(r / covered);
        out[i + 1] = Math.round(g / covered);
        out[i + 2] = Math.round(b / covered);
        out[i + 3] = Math.round((covered / SUBSAMPLES ** 2) * 255);
      }
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @param {Uint8Array} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = /** @type {number} */ (CRC_TABLE[(c ^ byte) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Uint8Array} data */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** 8-bit RGBA, non-interlaced PNG (filter 0 on every scanline). @param {number} width @param {number} height @param {Uint8Array} rgba */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/**
 * Decodes an 8-bit RGBA non-interlaced PNG (what encodePng writes, with any scanline filter),
 * checking every chunk's CRC. Used by tests to compare committed icons pixel by pixel.
 * @param {Uint8Array} png @returns {{ width: number, height: number, rgba: Uint8Array }}
 */
export function decodePng(png) {
  const buf = Buffer.from(png);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  /** @type {Buffer[]} */
  const idat = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (crc32(buf.subarray(offset + 4, offset + 8 + length)) !== buf.readUInt32BE(offset + 8 + length)) {
      throw new Error(`bad CRC in ${type} chunk`);
    }
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0)
        throw new Error("only 8-bit RGBA, non-interlaced");
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = /** @type {number} */ (raw[y * (stride + 1) + 1 + x]);
      const a = x >= 4 ? /** @type {number} */ (rgba[y * stride + x - 4]) : 0;
      const b = y > 0 ? /** @type {number} */ (rgba[(y - 1) * stride + x]) : 0;
      const c = x >= 4 && y > 0 ? /** @type {number} */ (rgba[(y - 1) * stride + x - 4]) : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rgba[y * stride + x] = (cur + pred) & 0xff;
    }
  }
  return { width, height, rgba };
}

export const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

/** `<name>-<size>.png` for every icon and size. */
export function iconFileNames() {
  return Object.entries(ICON_SIZES).flatMap(([name, sizes]) => sizes.map((size) => `${name}-${size}.png`));
}

export function writeIcons(dir = ASSETS_DIR) {
  mkdirSync(dir, { recursive: true });
  for (const [name, sizes] of Object.entries(ICON_SIZES)) {
    for (const size of sizes) {
      writeFileSync(join(dir, `${name}-${size}.png`), encodePng(size, size, renderIcon(name, size)));
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeIcons();
  console.log(`icons written to ${ASSETS_DIR}`);
}
