// The tray icon drawn as pixels (Pileup's three stacked bars), so no image file
// has to be found at run time; nativeImage.createFromBitmap takes the result.

const BARS = [
  // [x0, x1, y0, y1] as fractions of the size, bottom bar widest (the brand mark).
  [0.12, 0.88, 0.66, 0.86],
  [0.2, 0.8, 0.42, 0.6],
  [0.28, 0.72, 0.18, 0.36],
] as const;

/** BGRA pixels, `size`×`size`, of the mark in `rgb` on transparency. */
export function trayIconPixels(size: number, rgb: readonly [number, number, number]): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (const [x0, x1, y0, y1] of BARS) {
    for (let y = Math.round(y0 * size); y < Math.round(y1 * size); y++) {
      for (let x = Math.round(x0 * size); x < Math.round(x1 * size); x++) {
        const at = (y * size + x) * 4;
        pixels[at] = rgb[2];
        pixels[at + 1] = rgb[1];
        pixels[at + 2] = rgb[0];
        pixels[at + 3] = 255;
      }
    }
  }
  return pixels;
}
