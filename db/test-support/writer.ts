// A writer process for the crash test: inserts entries forever and prints the
// id of each one after createEntry has returned.
import { Journal } from '../journal';

const file = process.argv[2];
if (!file) throw new Error('usage: writer.ts DB_FILE');
const journal = Journal.open(file);
for (let i = 0; ; i++) {
  const entry = journal.createEntry({
    title: `쓰기 ${i}`,
    body: `배포 자동화를 했다 — entry ${i} `.repeat(20),
    pillars: ['automation'],
    tags: ['crash-test'],
  });
  process.stdout.write(`${entry.id}\n`);
}
