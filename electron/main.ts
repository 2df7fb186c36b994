// The Electron main process: one hardened window over the journal. It stays
// thin and never waits on SQL: the journal core runs beside it on worker
// threads (db/runner), supervised and restarted if one stops; this file wires
// Electron's objects into the small tested modules beside it.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell, type MessageBoxOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { APP_NAME } from '../db/default-path';
import { startRunner, type CoreRunner, type CoreStatus } from '../db/runner/runner';
import { isStoredImage } from '../db/common/images';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { APP_INDEX_URL } from './app-url';
import { CHANNELS } from './channels';
import { DailyLoop } from './daily-loop';
import { resolveDbPath } from './db-path';
import { installGuards, isPermissionAllowed } from './guards';
import { registerIpc } from './ipc';
import { buildMenuTemplate, menuLabelsFor } from './menu';
import { nativeBindingPath } from './native-binding';
import { decideSecondLaunch, launchArguments, launchData, openFailureMessage, switchFailedNotice, switchJournal, switchPrompt } from './second-instance';
import { newMainWindow } from './main-window';
import { loadWindowState, trackWindowState, windowStateFile } from './window-state';
import type { MenuCommand } from '../db/common/bridge';

// Before `ready`: the scheme the renderer is served from.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// userData is …/Pileup, the folder db/default-path.ts names for the CLI too (the
// npm package name is lower-case). Tests keep window state and the lock elsewhere.
app.setName(APP_NAME);
app.setPath('userData', process.env.PILEUP_USER_DATA ? path.resolve(process.env.PILEUP_USER_DATA) : path.join(app.getPath('appData'), APP_NAME));
app.enableSandbox();

// DevTools, Reload and their menu items exist only when running from the source tree.
const developmentBuild = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let core: Promise<CoreRunner> | null = null;
let coreClosed = false;
/** Set from the moment a second launch is being handled until it is done: one question at a time. */
let secondLaunch: Promise<void> | null = null;
/** Set while one journal core replaces another; quitting waits for it, then closes whichever is current. */
let switching: Promise<unknown> | null = null;
let quitting = false;
/** Tray, quick-capture shortcut and reminders (daily-loop.ts), once the core is up. */
let dailyLoop: DailyLoop | null = null;

function failAndQuit(title: string, message: string): void {
  process.stderr.write(`${title}: ${message}\n`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** Starts the journal core; a journal that cannot be opened ends the app with the reason. */
function startCore(): Promise<CoreRunner> | null {
  const dbFile = resolveDbPath(process.argv);
  const nativeBinding = nativeBindingFile();
  if (!fs.existsSync(nativeBinding)) {
    failAndQuit(
      'Pileup cannot start',
      `The database driver has not been built for Electron ${process.versions.electron} (${nativeBinding} is missing). ` +
        'Run `node scripts/electron-native.mjs` once with an internet connection; `npm start` does this for you.',
    );
    return null;
  }
  const started = startRunner({ file: dbFile, nativeBinding, onStatus: showCoreStatus });
  started.catch((error: unknown) => failAndQuit('Pileup cannot open the journal', openFailureMessage(dbFile, error)));
  return started;
}

function nativeBindingFile(): string {
  return nativeBindingPath(app.getAppPath(), process.versions.electron);
}

/** Two absolute paths name the same journal when they lead to the same file (links included). */
function sameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return fs.realpathSync.native(file);
    } catch {
      return file;
    }
  };
  return a === b || real(a) === real(b);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function showMessage(options: MessageBoxOptions): Promise<number> {
  const result = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return result.response;
}

/** A second launch hands over its command line: focus for this journal, a question for another (second-instance.ts). */
async function handleSecondLaunch(argv: readonly string[], workingDirectory: string): Promise<void> {
  focusMainWindow();
  const running = core;
  if (!running) return;
  const runner = await running;
  const decision = decideSecondLaunch(runner.file, argv, workingDirectory, sameFile);
  if (decision.action === 'focus') return;
  if (decision.action === 'error') {
    await showMessage({ type: 'error', message: decision.message, buttons: ['OK'] });
    return;
  }
  const response = await showMessage(switchPrompt(runner.file, decision.file));
  if (response !== 0 || quitting || core !== running) return;
  const switched = switchJournal(
    runner,
    decision.file,
    (file) => startRunner({ file, nativeBinding: nativeBindingFile(), onStatus: showCoreStatus }),
    (next) => {
      core = Promise.resolve(next);
    },
  );
  switching = switched;
  const result = await switched.finally(() => {
    switching = null;
  });
  if (!result.ok) {
    await showMessage(switchFailedNotice(runner.file, decision.file, result.message));
    return;
  }
  // The window starts over on the new journal: nothing it shows belongs to the old one.
  if (mainWindow) mainWindow.webContents.reload();
  else mainWindow = createWindow();
  focusMainWindow();
  // The shortcut and reminders are the new journal's.
  void dailyLoop?.refresh();
}

/** The core's news for every window: a search index rebuilt at open shows on the taskbar, a restart in the app. */
function showCoreStatus(status: CoreStatus): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (status.state === 'opening') win.setProgressBar(status.progress.total ? status.progress.done / status.progress.total : 2);
    else {
      win.setProgressBar(-1);
      win.webContents.send(CHANNELS.coreStatus, status);
    }
  }
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(CHANNELS.menu, command);
}

function createWindow(): BrowserWindow {
  const stateFile = windowStateFile(app.getPath('userData'));
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = newMainWindow(BrowserWindow, {
    bounds: state,
    preload: path.join(__dirname, 'preload.cjs'),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    devTools: developmentBuild,
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, stateFile);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const options = {
    title: 'Export markdown',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }],
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function chooseOpenPath(): Promise<string | null> {
  const options = {
    title: 'Import markdown',
    properties: ['openFile' as const],
    filters: [
      { name: 'Markdown', extensions: ['md', 'markdown', 'txt'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function chooseFolder(): Promise<string | null> {
  const options = {
    title: 'Publish to a git repository',
    buttonLabel: 'Publish here',
    message: 'Choose a clone of the team\'s git repository or wiki.',
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function start(): void {
  app.on('web-contents-created', (_event, contents) => {
    // electronegativity: OPEN_EXTERNAL_JS_CHECK — installGuards calls this only through openExternalUrl, which lets through http(s) URLs and plain mailto: links (addresses and subject/body, no control characters, length capped) and nothing else (tested in guards.test.ts).
    installGuards(contents, (url) => shell.openExternal(url));
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    if (secondLaunch) {
      focusMainWindow();
      return;
    }
    secondLaunch = handleSecondLaunch(launchArguments(argv, additionalData), workingDirectory)
      .catch((error: unknown) => {
        process.stderr.write(`Pileup: a second launch could not be handled: ${String(error)}\n`);
      })
      .finally(() => {
        secondLaunch = null;
      });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    // The core finishes what it is writing (an import under way is cancelled and leaves nothing) and closes the journal.
    dailyLoop?.stop();
    dailyLoop = null;
    if (!core || coreClosed) return;
    event.preventDefault();
    quitting = true;
    void Promise.resolve(switching)
      .catch(() => undefined)
      .then(() => core)
      .then((runner) => runner?.close())
      .catch(() => undefined)
      .finally(() => {
        coreClosed = true;
        app.quit();
      });
  });

  void app.whenReady().then(() => {
    const started = startCore();
    if (!started) return;
    core = started;
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)));
    ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
    registerAppProtocol(protocol, path.join(app.getAppPath(), 'dist-renderer'), async (id) => {
      const reply = await (await (core ?? started)).call('readImage', { id });
      return reply.ok && isStoredImage(reply.value) ? reply.value : null;
    });
    registerIpc(ipcMain, {
      // Calls made while the journal opens wait for it; main's thread never does.
      // After a switch of journals (second-instance), calls go to the new core.
      core: {
        call: async (method, input, options) => {
          const reply = await (await (core ?? started)).call(method, input, options);
          // The shortcut and reminders follow a settings change at once.
          if (method === 'saveSettings' && reply.ok) void dailyLoop?.refresh();
          return reply;
        },
      },
      chooseSavePath,
      chooseOpenPath,
      chooseFolder,
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendMenuCommand, menuLabelsFor(app.getLocale()), { devTools: developmentBuild })),
    );
    mainWindow = createWindow();
    dailyLoop = new DailyLoop({
      callCore: async (method, input) => (await (core ?? started)).call(method, input),
      preload: path.join(__dirname, 'preload.cjs'),
      devTools: developmentBuild,
      locale: app.getLocale(),
      openMain: () => {
        mainWindow ??= createWindow();
        focusMainWindow();
        return mainWindow;
      },
      openReview: () => {
        mainWindow ??= createWindow();
        focusMainWindow();
        mainWindow.webContents.send(CHANNELS.menu, 'insights' satisfies MenuCommand);
      },
      quit: () => app.quit(),
    });
    void dailyLoop.start().catch((error: unknown) => process.stderr.write(`Pileup: the tray and reminders could not start: ${String(error)}\n`));
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
    });
  });
}

// One app per user data folder: a second launch hands its command line (exactly
// as given; Electron's own argv may be reordered) to the first and quits.
if (app.requestSingleInstanceLock(launchData(process.argv))) start();
else app.quit();
