// pileup stats: how the pile is growing.
import { PILLARS } from '../../db/common/model';
import { plural, withReadSession, type Command } from '../common';
import { HELP } from '../help';
import { COMMON_OPTIONS, UsageError, parse } from '../usage';
import { padEnd } from '../table';
import { terminalText } from '../terminal-text';

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' } } as const;
const BAR_WIDTH = 30;

export const stats: Command = async (args, io) => {
  const { values, positionals } = parse('stats', args, OPTIONS);
  if (values.help) {
    io.out(HELP.stats!);
    return 0;
  }
  if (positionals.length) throw new UsageError('stats', `Unexpected argument "${positionals[0]}".`);
  return withReadSession(values.db, io, async (session) => {
    const total = await session.call('countEntries', { filter: {} });
    const pillars = await session.call('countByPillar', { filter: {} });
    const days = await session.call('countByDay', {});
    const topTags = await session.call('listTags', { limit: 10 });
    const { streaks } = await session.call('insights', {});
    const first = days[0]?.day ?? null;
    const last = days[days.length - 1]?.day ?? null;
    if (values.json) {
      io.out(`${JSON.stringify({ entries: total, days: days.length, first, last, pillars, streaks, topTags }, null, 2)}\n`);
      return 0;
    }
    const lines = [`Journal: ${terminalText(session.file)}`];
    lines.push(`Entries: ${total.toLocaleString('en-US')} on ${plural(days.length, 'day')}${first && last ? ` (${first === last ? first : `${first} – ${last}`})` : ''}`);
    lines.push(`Streaks: current ${plural(streaks.current, 'day')}, longest ${plural(streaks.longest, 'day')}${streaks.longestEnd ? ` (ended ${streaks.longestEnd})` : ''}`);
    lines.push('');
    const max = Math.max(1, ...PILLARS.map((p) => pillars[p]));
    for (const p of PILLARS) {
      const bar = '█'.repeat(Math.round((pillars[p] / max) * BAR_WIDTH));
      lines.push(`${padEnd(p, 12)} ${String(pillars[p]).padStart(6)}  ${bar}`);
    }
    if (topTags.length) {
      lines.push('');
      lines.push(`Top tags: ${topTags.map((t) => `#${terminalText(t.tag)} ${t.count}`).join(' · ')}`);
    }
    io.out(`${lines.join('\n')}\n`);
    return 0;
  });
};
