import { describe, expect, it } from 'vitest';
import { trayIconPixels } from './tray-icon';

describe('trayIconPixels', () => {
  it('draws the three bars, opaque in BGRA order, and leaves the rest transparent', () => {
    const size = 16;
    const px = trayIconPixels(size, [52, 81, 209]);
    expect(px.length).toBe(size * size * 4);
    const at = (x: number, y: number) => [...px.slice((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(8, 12)).toEqual([209, 81, 52, 255]); // bottom bar
    expect(at(8, 4)).toEqual([209, 81, 52, 255]); // top bar
    expect(at(0, 0)).toEqual([0, 0, 0, 0]);
    expect(at(2, 4)).toEqual([0, 0, 0, 0]); // beside the narrow top bar
  });
});
