import { describe, expect, it } from 'vitest';
import { buildTrayMenuTemplate, trayLabelsFor } from './tray';

describe('tray menu', () => {
  it('offers Open Pileup, Quick capture and Quit, each doing its job', () => {
    const done: string[] = [];
    const template = buildTrayMenuTemplate(trayLabelsFor('en-US'), { open: () => done.push('open'), capture: () => done.push('capture'), quit: () => done.push('quit') }, null);
    expect(template.map((item) => item.label ?? item.type)).toEqual(['Open Pileup', 'Quick capture', 'separator', 'Quit']);
    for (const item of template) item.click?.();
    expect(done).toEqual(['open', 'capture', 'quit']);
    expect(template[1]?.accelerator).toBeUndefined();
  });

  it('shows the held shortcut without registering it twice, and speaks Korean', () => {
    const template = buildTrayMenuTemplate(trayLabelsFor('ko-KR'), { open: () => {}, capture: () => {}, quit: () => {} }, 'Control+Shift+J');
    expect(template.map((item) => item.label ?? item.type)).toEqual(['Pileup 열기', '빠른 기록', 'separator', '종료']);
    expect(template[1]).toMatchObject({ accelerator: 'Control+Shift+J', registerAccelerator: false });
  });
});
