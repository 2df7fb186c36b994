// Pillar fills for charts: each pillar has its theme colour AND its own
// texture, so the stacks read without colour (colour-blind readers, print).
import type { Pillar } from '../../db/common/model';

export function patternId(prefix: string, pillar: Pillar): string {
  return `${prefix}-${pillar}`;
}

/** SVG <defs> with one pattern per pillar; reference with `url(#${patternId(prefix, pillar)})`. */
export function PillarPatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={patternId(prefix, 'culture')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-culture" />
      </pattern>
      <pattern id={patternId(prefix, 'automation')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="fill-automation" />
        <line x1="0" y1="0" x2="0" y2="6" className="pattern-ink" strokeWidth="2.2" />
      </pattern>
      <pattern id={patternId(prefix, 'measurement')} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="fill-measurement" />
        <circle cx="2.5" cy="2.5" r="1.1" className="pattern-ink-fill" />
      </pattern>
      <pattern id={patternId(prefix, 'sharing')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-sharing" />
        <path d="M0 3h6M3 0v6" className="pattern-ink" strokeWidth="1.2" />
      </pattern>
    </defs>
  );
}

/** A legend swatch drawn with the same pattern as the chart. */
export function PillarSwatch({ prefix, pillar }: { prefix: string; pillar: Pillar }) {
  return (
    <svg className="insights-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="13" height="13" rx="3" fill={`url(#${patternId(prefix, pillar)})`} className="swatch-edge" />
    </svg>
  );
}
