// A tripwire for the renderer's tsconfig: Node's types must never enter this
// program. If an import reaches Node code (db/ outside db/common/, better-sqlite3,
// electron), @types/node comes with it, its `process` clashes with this one,
// and the renderer fails to compile.
declare global {
  var process: 'The renderer has no Node.js: import only db/common/ and talk to the host through renderer/api.';
}
export {};
