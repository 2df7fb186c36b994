// Where a chart's tooltip goes: above the hovered or focused mark, in pixels
// relative to the card, so a scrolled or scaled chart never misplaces it.
export interface TooltipAnchor {
  left: number;
  top: number;
  /** Near the right edge: the tooltip opens to the left. */
  flip: boolean;
}

export function anchorOf(mark: Element, card: Element | null): TooltipAnchor {
  const box = card?.getBoundingClientRect();
  const rect = mark.getBoundingClientRect();
  const left = rect.left + rect.width / 2 - (box?.left ?? 0);
  return { left, top: rect.top - (box?.top ?? 0), flip: box ? left > box.width * 0.7 : false };
}
