// A pillar is always shown with its name and its own icon, never by colour alone
// (colour-blind readers, monochrome screens). Colours come from the theme.
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../db/common/model';

function IconShapes({ pillar }: { pillar: Pillar }) {
  switch (pillar) {
    case 'culture': // Two people: working together.
      return (
        <>
          <circle cx="5.5" cy="5" r="2.2" />
          <circle cx="11" cy="5.5" r="1.9" />
          <path d="M1.5 13.5c0-2.4 1.8-4 4-4s4 1.6 4 4" />
          <path d="M10.5 9.6c2.2-.3 4 1.2 4 3.9" />
        </>
      );
    case 'automation': // A loop: the machine does it again.
      return (
        <>
          <path d="M13.2 6.2A5.5 5.5 0 0 0 3 5" />
          <path d="M2.8 9.8A5.5 5.5 0 0 0 13 11" />
          <path d="M13.6 2.6v3.8H9.8" />
          <path d="M2.4 13.4V9.6h3.8" />
        </>
      );
    case 'measurement': // Bars: counted and compared.
      return (
        <>
          <path d="M2 14h12" />
          <path d="M4 12V8.5M8 12V3.5M12 12V6.5" strokeWidth="2.4" />
        </>
      );
    case 'sharing': // Connected nodes: passed on.
      return (
        <>
          <circle cx="4" cy="8" r="2" />
          <circle cx="12" cy="3.8" r="2" />
          <circle cx="12" cy="12.2" r="2" />
          <path d="M5.8 7 10.2 4.8M5.8 9l4.4 2.2" />
        </>
      );
  }
}

export function PillarIcon({ pillar, size = 14 }: { pillar: Pillar; size?: number }) {
  return (
    <svg
      className="pillar-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <IconShapes pillar={pillar} />
    </svg>
  );
}

function PillarChip({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation('app');
  return (
    <span className={`chip pillar-chip pillar-${pillar}`}>
      <PillarIcon pillar={pillar} size={12} />
      {t(`pillars.${pillar}`)}
    </span>
  );
}

function TagChip({ tag }: { tag: string }) {
  return <span className="chip tag-chip">#{tag}</span>;
}

/** An entry's (or a revision's) pillars, then its tags. */
export function EntryChips({ pillars, tags }: { pillars: readonly Pillar[]; tags: readonly string[] }) {
  return (
    <>
      {pillars.map((p) => (
        <PillarChip key={p} pillar={p} />
      ))}
      {tags.map((tag) => (
        <TagChip key={tag} tag={tag} />
      ))}
    </>
  );
}
