// pileup publish DIR: the journal's share-format files (one per day or ISO
// week, and an index) written into a folder of a git work tree, committed with
// a message saying what changed, and pushed with --push. Git's failures end
// with exit code 1 and a message saying what to do.
import path from 'node:path';
import { PUBLISH_BY, type PublishBy } from '../../db/common/publish';
import { withReadSession, type Command } from '../common';
import { HELP } from '../help';
import { CliError, COMMON_OPTIONS, UsageError, parse } from '../usage';
import { parseLang } from './export';

const OPTIONS = {
  ...COMMON_OPTIONS,
  by: { type: 'string' },
  push: { type: 'boolean' },
  lang: { type: 'string' },
  'include-private': { type: 'boolean' },
  message: { type: 'string', short: 'm' },
  folder: { type: 'string' },
  force: { type: 'boolean' },
} as const;

function parseBy(value: string | undefined): PublishBy {
  if (value === undefined) return 'day';
  const by = PUBLISH_BY.find((b) => b === value);
  if (!by) throw new UsageError('publish', `--by must be day or week (got "${value}").`);
  return by;
}

export const publishCommand: Command = async (args, io) => {
  const { values, positionals } = parse('publish', args, OPTIONS);
  if (values.help) {
    io.out(HELP.publish!);
    return 0;
  }
  const [dir, extra] = positionals;
  if (dir === undefined) throw new UsageError('publish', 'Name the folder to publish into: a clone of the team\'s repository (pileup publish ~/team-wiki).');
  if (extra !== undefined) throw new UsageError('publish', `Unexpected argument "${extra}" (publish takes one folder).`);
  const by = parseBy(values.by);
  const lang = parseLang('publish', values.lang, io.env);
  return withReadSession(values.db, io, async (session) => {
    const result = await session.call('publishJournal', {
      dir: path.resolve(dir),
      by,
      lang,
      push: Boolean(values.push),
      includePrivate: Boolean(values['include-private']),
      force: Boolean(values.force),
      ...(values.folder !== undefined ? { folder: values.folder } : {}),
      ...(values.message !== undefined ? { message: values.message } : {}),
    });
    const where = result.folder ? path.join(result.dir, result.folder) : result.dir;
    io.out(`${result.committed ? 'Published' : 'Published nothing new'} to ${where}: ${result.message}\n`);
    if (result.commit) io.out(`commit ${result.commit}\n`);
    // The commit stays; the push alone failed, and the user can push by hand or publish again.
    if (result.pushError) throw new CliError(result.committed ? `committed, not pushed: ${result.pushError}` : `not pushed: ${result.pushError}`);
    return 0;
  });
};
