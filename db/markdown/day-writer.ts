// What every export layout shares: entries come a batch at a time, days
// newest first, each day under its own heading; the document's heading is
// written once all of them are known, so it can say how many there were and
// which days they span.
import type { Entry, ListFilter } from '../common/model';

export abstract class DayGroupedWriter {
  private day = '';
  count = 0;
  private newest: string | undefined;
  private oldest: string | undefined;

  /** The heading lines of a day's group. */
  protected abstract dayHeading(day: string): string;
  /** Adds one entry's lines to `out`. */
  protected abstract pushEntry(out: string[], entry: Entry): void;
  /** The document's heading, once every entry has been written. */
  abstract heading(filter: ListFilter, today: string): string;

  /** The text for these entries, which come after every entry given before. */
  entries(entries: readonly Entry[]): string {
    const out: string[] = [];
    for (const entry of entries) {
      this.count++;
      this.newest ??= entry.day;
      this.oldest = entry.day;
      if (entry.day !== this.day) {
        this.day = entry.day;
        out.push(this.dayHeading(entry.day), '');
      }
      this.pushEntry(out, entry);
    }
    return out.length ? out.join('\n') + '\n' : '';
  }

  /** The days written, "oldest – newest" or the one day; null before any entry. */
  protected span(): string | null {
    if (!this.oldest || !this.newest) return null;
    return this.oldest === this.newest ? this.oldest : `${this.oldest} – ${this.newest}`;
  }
}
