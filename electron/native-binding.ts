// Where Electron's own build of better-sqlite3 lives. node_modules keeps the
// Node build for the tests; scripts/electron-native.mjs writes this one, so
// neither `npm test` nor `npm start` ever overwrites the other's binary.
// The layout must match nativeBindingPath() in scripts/electron-native.mjs
// (electron/native-binding.test.ts checks that they agree).
import path from 'node:path';

export function nativeBindingPath(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}
