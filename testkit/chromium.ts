// Debian's Chromium and the flags this offline machine needs (no downloads:
// `npx playwright install` is never run). Shared by the Playwright config,
// the fixtures, the UI benchmark and the screenshot script.
export const CHROMIUM_EXECUTABLE = process.env.PILEUP_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
