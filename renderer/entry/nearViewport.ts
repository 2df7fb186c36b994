// Which sections of a big body are near the visible part of the scroll
// container that holds it: one IntersectionObserver for the whole body, on the
// nearest scrolling ancestor (a margin around the window would not reach past
// a scroll container's clip), reaching two screens above and below.

/** How far beyond the visible part a section counts as near: two screens either way. */
export const NEAR_MARGIN = '200% 0px';

type NearCallback = (near: boolean, heightPx: number) => void;

function scrollingAncestor(element: Element): Element | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') return at;
  }
  return null;
}

export class NearViewport {
  private observer: IntersectionObserver | null = null;
  private readonly callbacks = new Map<Element, NearCallback>();
  private everythingNear = false;

  /** Calls `callback` whenever `element` comes near or goes far (with its height then); returns the way to stop. */
  observe(element: Element, callback: NearCallback): () => void {
    this.callbacks.set(element, callback);
    if (this.everythingNear) callback(true, 0);
    this.observer?.observe(element);
    return () => {
      this.callbacks.delete(element);
      this.observer?.unobserve(element);
    };
  }

  /** Starts watching, relative to the scroll container around `body`. Where there is no IntersectionObserver everything is near. */
  start(body: Element): void {
    this.stop();
    if (typeof IntersectionObserver === 'undefined') {
      this.everythingNear = true;
      for (const callback of this.callbacks.values()) callback(true, 0);
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this.callbacks.get(entry.target)?.(entry.isIntersecting, entry.boundingClientRect.height);
      },
      { root: scrollingAncestor(body), rootMargin: NEAR_MARGIN },
    );
    for (const element of this.callbacks.keys()) this.observer.observe(element);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
