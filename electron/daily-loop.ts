// The desktop side of the daily loop: the tray icon, the optional global
// shortcut that opens the quick-capture window, and the optional reminders.
// Settings come from the core like every other call; main calls refresh()
// after the renderer saved settings. Decisions live in the pure modules beside it.
import { BrowserWindow, globalShortcut, Menu, nativeImage, nativeTheme, Notification, screen, Tray } from 'electron';
import { settingsSchema, type Settings } from '../db/common/settings';
import type { Envelope } from '../db/common/errors';
import { applyShortcut, wantedShortcut } from './accelerator';
import { CAPTURE_URL, newCaptureWindow } from './capture-window';
import { dueReminders, planReminders, reminderText, waitBeforeNextCheck, type PlannedReminder, type ReminderKind } from './reminders';
import { buildTrayMenuTemplate, trayLabelsFor } from './tray';
import { trayIconPixels } from './tray-icon';

export interface DailyLoopDeps {
  callCore: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  preload: string;
  devTools: boolean;
  locale: string;
  /** Shows (creating if needed) and focuses the journal window. */
  openMain: () => BrowserWindow;
  /** The Friday nudge: the journal window on its review (the insights view). */
  openReview: () => void;
  quit: () => void;
}

const TRAY_ICON_SIZE = 16;

export class DailyLoop {
  private tray: Tray | null = null;
  private captureWindow: BrowserWindow | null = null;
  private shortcut: string | null = null;
  private plan: PlannedReminder[] = [];
  private timer: NodeJS.Timeout | null = null;
  private settings: Settings | null = null;
  private stopped = false;

  constructor(private readonly deps: DailyLoopDeps) {}

  /** Puts up the tray and applies the journal's settings. */
  async start(): Promise<void> {
    this.createTray();
    await this.refresh();
  }

  /** Reads the settings again and applies the shortcut and reminders they ask for. */
  async refresh(): Promise<void> {
    const reply = await this.deps.callCore('getSettings', {});
    if (this.stopped || !reply.ok) return;
    const parsed = settingsSchema.safeParse(reply.value);
    if (!parsed.success) return;
    this.settings = parsed.data;
    const state = applyShortcut(globalShortcut, this.shortcut, wantedShortcut(parsed.data.capture), () => this.openCapture());
    this.shortcut = state.accelerator;
    if (state.problem) process.stderr.write(`Pileup: ${state.problem}\n`);
    this.updateTrayMenu();
    this.plan = planReminders(parsed.data.reminders, new Date());
    this.armTimer();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.shortcut) globalShortcut.unregister(this.shortcut);
    this.shortcut = null;
    this.tray?.destroy();
    this.tray = null;
  }

  /** Opens (or brings back) the quick-capture window. */
  openCapture(): void {
    const existing = this.captureWindow;
    if (existing && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return;
    }
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const win = newCaptureWindow(BrowserWindow, {
      workArea: display.workArea,
      preload: this.deps.preload,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1f2227' : '#ffffff',
      devTools: this.deps.devTools,
    });
    this.captureWindow = win;
    win.once('ready-to-show', () => {
      win.show();
      win.focus();
    });
    // A capture window left behind another program is in the way: it goes when it loses focus.
    win.on('blur', () => {
      if (!win.isDestroyed()) win.close();
    });
    win.on('closed', () => {
      if (this.captureWindow === win) this.captureWindow = null;
    });
    void win.loadURL(CAPTURE_URL);
  }

  private createTray(): void {
    const color: [number, number, number] = nativeTheme.shouldUseDarkColors ? [230, 233, 237] : [52, 81, 209];
    const pixels = trayIconPixels(TRAY_ICON_SIZE, color);
    const icon = nativeImage.createFromBitmap(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), { width: TRAY_ICON_SIZE, height: TRAY_ICON_SIZE });
    this.tray = new Tray(icon);
    this.tray.setToolTip(trayLabelsFor(this.deps.locale).tooltip);
    this.tray.on('click', () => this.deps.openMain());
    this.updateTrayMenu();
  }

  private updateTrayMenu(): void {
    if (!this.tray) return;
    const template = buildTrayMenuTemplate(
      trayLabelsFor(this.deps.locale),
      { open: () => this.deps.openMain(), capture: () => this.openCapture(), quit: () => this.deps.quit() },
      this.shortcut,
    );
    this.tray.setContextMenu(Menu.buildFromTemplate(template));
  }

  private armTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const wait = waitBeforeNextCheck(this.plan, new Date());
    if (wait === null || this.stopped) return;
    this.timer = setTimeout(() => this.check(), wait);
  }

  private check(): void {
    const now = new Date();
    const { due, missed } = dueReminders(this.plan, now);
    for (const kind of due) this.notify(kind);
    if ((due.length || missed.length) && this.settings) this.plan = planReminders(this.settings.reminders, new Date(now.getTime() + 1000));
    this.armTimer();
  }

  private notify(kind: ReminderKind): void {
    if (!Notification.isSupported()) return;
    const text = reminderText(kind, this.deps.locale);
    const notification = new Notification({ title: text.title, body: text.body, silent: false });
    notification.on('click', () => (kind === 'daily' ? this.openCapture() : this.deps.openReview()));
    notification.show();
  }
}
