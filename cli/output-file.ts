import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './usage';

/** Writes text to a file through a temporary file and a rename, so a reader never sees half of it. */
export function writeFileWhole(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new CliError(`The folder ${dir} does not exist.`);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text, 'utf8');
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new CliError(`Could not write ${file}: ${(error as Error).message}`);
  }
}
