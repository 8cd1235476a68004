import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ASSETS_DIR,
  decodePng,
  encodePng,
  ICON_SIZES,
  iconFileNames,
  renderIcon,
} from "../scripts/icons.mjs";
import { SOURCE_MANIFEST } from "./paths";

describe("icons", () => {
  it("committed PNGs are the generator's pixels at the size in their name", () => {
    for (const [name, sizes] of Object.entries(ICON_SIZES)) {
      for (const size of sizes) {
        const png = decodePng(readFileSync(join(ASSETS_DIR, `${name}-${size}.png`)));
        expect([png.width, png.height], `${name}-${size}`).toEqual([size, size]);
        expect(
          Buffer.from(png.rgba).equals(Buffer.from(renderIcon(name, size))),
          `${name}-${size} pixels`,
        ).toBe(true);
      }
    }
  });

  it("are opaque brand colour at the centre of the background and transparent in the corner", () => {
    const size = 32;
    const logo = renderIcon("logo", size);
    const at = (x: number, y: number) =>
      Array.from(logo.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(3, 16)).toEqual([15, 110, 120, 255]);
    // inside the tallest bar (x 0.66–0.82, y 0.2–0.8 of the square)
    expect(at(23, 16)).toEqual([255, 255, 255, 255]);
  });

  it("round-trip through the PNG encoder and decoder", () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    expect(Array.from(decodePng(encodePng(2, 2, rgba)).rgba)).toEqual(Array.from(rgba));
  });

  it("a corrupted PNG is refused", () => {
    const png = Buffer.from(encodePng(2, 2, new Uint8Array(16)));
    png[20] = (png[20] ?? 0) ^ 0xff;
    expect(() => decodePng(png)).toThrow(/CRC/);
  });

  it("every icon the manifest names exists", () => {
    const manifest = readFileSync(SOURCE_MANIFEST, "utf8");
    const named = [...manifest.matchAll(/assets\/([\w-]+\.png)/g)].map((m) => m[1]);
    const files = iconFileNames();
    expect(named.length).toBeGreaterThanOrEqual(9);
    for (const file of named) expect(files).toContain(file);
  });
});
