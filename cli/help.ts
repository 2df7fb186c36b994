// What `--help` prints, one text per command.
const DB = `  --db FILE             the journal file (default: $PILEUP_DB, else the desktop app's pileup.db)
  -h, --help            show this help`;

const FILTERS = `  -p, --pillar P        only entries with this pillar (repeat for any of several)
  -t, --tag T           only entries with this tag (repeat: all of them)
      --from YYYY-MM-DD first day (inclusive)
      --to YYYY-MM-DD   last day (inclusive)`;

export const HELP: Record<string, string> = {
  pileup: `pileup — pile up what you did and learned, from the terminal

Usage: pileup <command> [options]

Commands:
  add TEXT              add an entry (TEXT, or the body piped on standard input)
  list                  list entries, newest day first
  search QUERY          search entries (words, "phrases", -excluded, pillar:, tag:, from:, to:, on:)
  related ID            entries that share the most distinctive words with entry ID
  export                write entries as markdown (a backup, or --share for people)
  import FILE|DIR       import a Pileup export, a jrnl export or a folder of daily notes
  backup FILE           copy the journal to FILE, safely while it is in use
  stats                 entries per pillar, days, streaks and top tags
  review                a week or a month as markdown, ready to share
  publish DIR           write the journal into a git repository and commit (--push to push)

Pillars: culture, automation, measurement, sharing.
Run "pileup <command> --help" for a command's options.

Options:
${DB}
`,
  add: `Usage: pileup add [TEXT…] -p PILLAR [-p PILLAR…] [options]
       git log -1 --format=%B | pileup add -p automation

Adds an entry. TEXT becomes the body; with no TEXT, the body is read from
standard input. Korean, English or both, kept byte for byte.

Options:
  -p, --pillar P        culture, automation, measurement or sharing (required; repeat or use commas)
  -t, --tag T           a tag (repeat for more)
      --title T         the title
      --day YYYY-MM-DD  the day the work happened (default: today; also "yesterday")
      --json            print the new entry as JSON
      --jsonl           read one entry per line of standard input as JSON
                        ({"title","body","day","pillars","tags"}); -p and -t fill in
                        missing pillars and add tags; each line is saved on its own
${DB}
`,
  list: `Usage: pileup list [options]

Lists entries, newest day first.

Options:
${FILTERS}
  -n, --limit N         at most N entries (default 50)
      --trash           list the trash instead
      --json            print JSON ({"total", "entries"}) for scripts
${DB}
`,
  search: `Usage: pileup search QUERY [options]

Searches titles, bodies and tags, best matches first. Finds Korean inside
longer words (회고 finds 회고를) and English from the start of a word
(deploy finds deployed, k8 finds k8s).

Query syntax: words (all must match), "quoted phrase", -excluded,
pillar:automation, tag:k8s, from:2026-01-01, to:2026-12-31, on:2026-11-25.

Options:
${FILTERS}
  -n, --limit N         at most N entries (default 50)
      --json            print JSON ({"total", "entries"}) for scripts
${DB}
`,
  related: `Usage: pileup related ID [options]

Lists the entries that share the most distinctive words with entry ID (its
rarest Korean and English words, weighed by how few entries have them), best
first; never the entry itself, never the trash. Ids are in pileup list --json.

Options:
  -n, --limit N         at most N entries (default 8, at most 50)
      --json            print JSON ({"total", "entries"}, like search --json) for scripts
${DB}
`,
  export: `Usage: pileup export [options] [-o FILE]
       pileup export --share [--lang ko] [--include-private] [options] [-o FILE]
       pileup export --format snippets|brag|slack|html [--week W | --month M | --quarter Q] [-o FILE]

Writes the selected entries as one markdown document, grouped by day.
By default a backup: every entry, imported back exactly. With --share,
clean markdown for people (no machine comments, headings nested under
each entry's title); entries tagged #private are left out. It imports
back as faithfully as its text allows.

The rituals and copies (#private entries left out of each):
  snippets   weekly snippets: what I did, by pillar, and what's next (--week 2026-W48)
  brag       a brag document by pillar and month (--month 2026-11 or --quarter 2026-Q4)
  slack      the share in Slack's own markup
  html       the share as HTML, for Confluence pages and e-mail

Options:
${FILTERS}
  -q, --query Q         only entries matching a search query
  -o, --output FILE     write to FILE instead of standard output
      --share           markdown to share instead of a backup (= --format share)
      --format F        share, backup, snippets, brag, slack or html
      --week W, --month M, --quarter Q
                        the period of snippets (a week) or brag (a month or quarter);
                        default: the current one
      --lang en|ko      the share's language (default: from LC_ALL, LC_MESSAGES, LANG)
      --include-private include entries tagged private in the share
${DB}
`,
  import: `Usage: pileup import FILE|DIR… [options]

Imports, all or nothing:
  - a markdown file exported by Pileup (a backup comes back exactly; a share
    as faithfully as its text allows)
  - jrnl's plain-text or markdown export
  - a folder of daily notes named YYYY-MM-DD.md (Obsidian, Logseq), #tags in the text

Pillars come from tags naming them (#automation); entries with none get
--pillar, or are reported. Entries already in the journal (same day, title
and body) are skipped, so importing twice adds nothing.

Options:
  -p, --pillar P        pillar for entries that name none (repeat for several)
  -f, --format F        auto (default), pileup, jrnl or daily-notes
${DB}
`,
  backup: `Usage: pileup backup FILE [--force]

Copies the journal to FILE with SQLite's online backup: safe while the app
or another pileup is writing.

Options:
      --force           replace FILE if it exists
${DB}
`,
  stats: `Usage: pileup stats [--json]

Entries per pillar, days with entries, streaks and top tags.

Options:
      --json            print JSON
${DB}
`,
  review: `Usage: pileup review (--week 2026-W47 | --month 2026-11) [-o FILE]

A review of a week or a month in markdown: counts per pillar, entries by
pillar with their first lines, tags and streaks. Entries tagged private
are left out.

Options:
      --week YYYY-Www   an ISO week
      --month YYYY-MM   a month
  -o, --output FILE     write to FILE instead of standard output
      --lang en|ko      the review's language (default: from LC_ALL, LC_MESSAGES, LANG)
      --include-private count entries tagged private too
${DB}
`,
  publish: `Usage: pileup publish DIR [--by day|week] [--push] [options]

Publishes the journal to a git repository: DIR is a clone of the team's
repository or wiki. Writes one markdown file per day (journal/2026/2026-11-30.md)
or ISO week (journal/2026/2026-W48.md), in the share layout, and an index
(journal/README.md), then commits what changed with your own git identity:
"Pileup: 3 days updated, 1 added". Publishing again with nothing changed makes
no commit. Only files Pileup wrote (listed in journal/.pileup-publish.json)
are ever changed or removed; a file of its own that someone edited since is a
conflict, and nothing is written. Entries tagged private stay home.

Options:
      --by day|week     one file per day (default) or per ISO week
      --push            git push afterwards (the current branch to its upstream)
      --lang en|ko      the files' language (default: from LC_ALL, LC_MESSAGES, LANG)
      --include-private publish entries tagged private too, this once
  -m, --message TEXT    the commit message instead of "Pileup: …"
      --folder PATH     the folder inside DIR (default: journal; "." for DIR itself)
      --force           overwrite Pileup's files that someone edited since the last publish
${DB}
`,
};
