// Above the list: the search box, and what can be done with the journal (the
// Share menu: copies, rituals, exports, publishing; and import) or with the
// trash (empty it).
import type { Ref, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareMenu } from '../sharing/ShareMenu';
import { canPublish } from '../api/client';
import { openPublish, PublishDialogHost } from '../sharing/PublishDialog';
import { SearchBox } from './SearchBox';

export interface ToolbarProps {
  searchRef: Ref<HTMLInputElement>;
  query: string;
  onQuery: (query: string) => void;
  inTrash: boolean;
  /** Whether the list is empty: there is nothing to empty then. */
  trashEmpty: boolean;
  onEmptyTrash: () => void;
  onExport: () => void;
  onCopy: () => void;
  onImport: () => void;
  /** The file input "Import" opens when the host has no file picker of its own. */
  fileInputRef: RefObject<HTMLInputElement | null>;
  onImportFile: (file: File) => void;
}

export function Toolbar({ searchRef, query, onQuery, inTrash, trashEmpty, onEmptyTrash, onExport, onCopy, onImport, fileInputRef, onImportFile }: ToolbarProps) {
  const { t } = useTranslation('app');
  return (
    <div className="toolbar">
      <SearchBox ref={searchRef} value={query} onChange={onQuery} />
      <div className="toolbar-actions">
        {inTrash ? (
          <button type="button" className="button danger-subtle" disabled={trashEmpty} onClick={onEmptyTrash}>
            {t('trash.emptyTrash')}
          </button>
        ) : (
          <>
            {/* Publish… only where the host can publish (it needs a folder and git). */}
            <ShareMenu onExport={onExport} onCopy={onCopy} onPublish={canPublish() ? openPublish : undefined} />
            <button type="button" className="button" onClick={onImport}>
              <ImportIcon />
              {t('sharing.import')}
            </button>
          </>
        )}
        <PublishDialogHost />
        <input
          ref={fileInputRef}
          type="file"
          accept=".md,.markdown,.txt"
          hidden
          aria-label={t('sharing.importFile')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onImportFile(file);
          }}
        />
      </div>
    </div>
  );
}

const iconProps = { width: 15, height: 15, viewBox: '0 0 16 16', 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function ImportIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8 2v8M5 7l3 3 3-3M3 10v3h10v-3" />
    </svg>
  );
}
