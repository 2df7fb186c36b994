// Where the journal lives unless `--db FILE` or PILEUP_DB says otherwise: the
// file Electron's `app.getPath('userData')` gives for the app name "Pileup",
// so the desktop app and the CLI open the same journal. Pure (no Electron),
// so every host can import it and tests can pass any platform.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Pileup';
export const DATABASE_FILE = 'pileup.db';

export interface PathContext {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

function currentContext(): PathContext {
  return { env: process.env, platform: process.platform, home: os.homedir() };
}

/** Electron's `appData` folder for the platform. */
export function appDataFolder(ctx: PathContext = currentContext()): string {
  if (ctx.platform === 'win32') return ctx.env.APPDATA || path.win32.join(ctx.home, 'AppData', 'Roaming');
  if (ctx.platform === 'darwin') return path.posix.join(ctx.home, 'Library', 'Application Support');
  return ctx.env.XDG_CONFIG_HOME || path.posix.join(ctx.home, '.config');
}

/** Path rules of the context's platform. */
const pathsOf = (ctx: PathContext): path.PlatformPath => (ctx.platform === 'win32' ? path.win32 : path.posix);

/** The desktop app's userData folder (`…/Pileup`). */
export function userDataFolder(ctx: PathContext = currentContext()): string {
  return pathsOf(ctx).join(appDataFolder(ctx), APP_NAME);
}

export function defaultDatabasePath(ctx: PathContext = currentContext()): string {
  return pathsOf(ctx).join(userDataFolder(ctx), DATABASE_FILE);
}

/** `--db FILE` first, then PILEUP_DB, then the desktop app's file. */
export function resolveDatabasePath(flag: string | undefined, ctx: PathContext = currentContext()): string {
  if (flag) return flag;
  if (ctx.env.PILEUP_DB) return ctx.env.PILEUP_DB;
  return defaultDatabasePath(ctx);
}
