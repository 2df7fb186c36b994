// Links within an entry (footnotes: `#user-content-fn-1`) scroll to their
// target inside the entry. The URL hash is the router's, so such a click
// must never reach the location (it would close the entry).

/** The id a same-page link points at, or null for any other link. */
export function inPageTarget(href: string | undefined): string | null {
  if (!href || !href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** Scrolls to the link's target in the document (if drawn) instead of following it. */
export function followInPageLink(event: { preventDefault: () => void; currentTarget: Element }, id: string): void {
  event.preventDefault();
  const target = event.currentTarget.ownerDocument.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  // Focus follows, so the footnote's back link is the next Tab stop.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
