// The toolbar's one Share button: a menu of every way the journal leaves the
// app — copies (markdown, Slack, HTML), the rituals (weekly snippets, brag
// document), file exports (share, backup), publishing — and, for the next of
// those actions only, whether private entries go with it. A menu button as
// WAI-ARIA describes it: Enter, Space or ↓ opens on the first item, ↑ on the
// last; ↑↓ Home End move; Escape and Tab close.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseBackup, chooseCopyFormat, setIncludePrivate, takeIncludePrivate, useIncludePrivate, type CopyFormat } from './exportChoices';
import { RitualDialog, type Ritual } from './RitualDialog';
import './share-menu.css';
import './strings';

export interface ShareMenuProps {
  /** Exports the filtered entries to a file: a share, or a backup when the menu chose one. */
  onExport: () => void;
  /** Copies the filtered entries in the format the menu chose. */
  onCopy: () => void;
  /** Opens the publish dialog; the item shows only when this is given. */
  onPublish?: (() => void) | undefined;
}

type Open = false | 'first' | 'last';

export function ShareMenu({ onExport, onCopy, onPublish }: ShareMenuProps) {
  const { t } = useTranslation('rituals');
  const includePrivate = useIncludePrivate();
  const [open, setOpen] = useState<Open>(false);
  const [ritual, setRitual] = useState<{ kind: Ritual; includePrivate: boolean } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const items = (): HTMLElement[] => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const list = items();
    (open === 'last' ? list[list.length - 1] : list[0])?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, close]);

  const run = (action: () => void) => {
    close(true);
    action();
  };
  const copy = (format: CopyFormat) =>
    run(() => {
      chooseCopyFormat(format);
      onCopy();
    });
  const openRitual = (kind: Ritual) => run(() => setRitual({ kind, includePrivate: takeIncludePrivate() }));

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setOpen('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen('last');
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.findIndex((item) => item === document.activeElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="share-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        id="share-menu-button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? 'share-menu-list' : undefined}
        onClick={() => setOpen((o) => (o ? false : 'first'))}
        onKeyDown={onButtonKey}
      >
        <ShareIcon />
        {t('share')}
        <ChevronIcon />
      </button>
      {open && (
        <div ref={menuRef} id="share-menu-list" className="share-menu-list" role="menu" aria-label={t('menuLabel')} onKeyDown={onMenuKey}>
          <Item onClick={() => copy('share')}>{t('copyMarkdown')}</Item>
          <Item onClick={() => copy('slack')}>{t('copySlack')}</Item>
          <Item onClick={() => copy('html')}>{t('copyHtml')}</Item>
          <div role="separator" className="share-menu-separator" />
          <Item onClick={() => openRitual('snippets')}>{t('snippets')}</Item>
          <Item onClick={() => openRitual('brag')}>{t('brag')}</Item>
          <div role="separator" className="share-menu-separator" />
          <Item onClick={() => run(onExport)}>{t('exportMarkdown')}</Item>
          <Item
            onClick={() =>
              run(() => {
                chooseBackup();
                onExport();
              })
            }
          >
            {t('exportBackup')}
          </Item>
          {onPublish && <Item onClick={() => run(onPublish)}>{t('publish')}</Item>}
          <div role="separator" className="share-menu-separator" />
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={includePrivate}
            tabIndex={-1}
            className="share-menu-item share-menu-check"
            // The menu stays open: the choice is for the action picked next.
            onClick={() => setIncludePrivate(!includePrivate)}
          >
            <span className="share-menu-box" aria-hidden="true">
              {includePrivate ? '✓' : ''}
            </span>
            {t('includePrivate')}
          </button>
        </div>
      )}
      {ritual && <RitualDialog kind={ritual.kind} includePrivate={ritual.includePrivate} onClose={() => setRitual(null)} />}
    </div>
  );
}

function Item({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className="share-menu-item" onClick={onClick}>
      {children}
    </button>
  );
}

const iconProps = { width: 15, height: 15, viewBox: '0 0 16 16', 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function ShareIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8 2v8M5 5l3-3 3 3M3 9v4h10V9" />
    </svg>
  );
}

function ChevronIcon() {
  return (
    <svg {...iconProps} width={11} height={11}>
      <path d="M4 6l4 4 4-4" />
    </svg>
  );
}
