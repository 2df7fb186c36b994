// Moving keyboard focus into the journal list from outside it: from the
// search box (ArrowDown), and back to an entry's row after the editor closes.
// The list is virtual and may redraw a few frames later (a new entry appears
// after the refresh), so these look for the row for a little while.

const TRY_FRAMES = 60;

function rowOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.list-pane .entry-row[aria-labelledby="entry-title-${CSS.escape(id)}"]`);
}

/** Focuses entry `id`'s row once it is drawn (within about a second). */
export function focusEntryRow(id: string): void {
  let framesLeft = TRY_FRAMES;
  const attempt = () => {
    const row = rowOf(id);
    if (row && row.offsetParent !== null) row.focus();
    else if (--framesLeft > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Focuses the open entry's row if drawn, else the first row in view; false when the list has no rows. */
export function focusFirstRow(): boolean {
  const scroller = document.querySelector<HTMLElement>('.list-pane .list-scroll');
  if (!scroller) return false;
  const top = scroller.getBoundingClientRect().top;
  const rows = [...scroller.querySelectorAll<HTMLElement>('.entry-row')];
  const row = rows.find((r) => r.classList.contains('selected')) ?? rows.find((r) => r.getBoundingClientRect().bottom > top + 1);
  row?.focus();
  return row !== undefined;
}
