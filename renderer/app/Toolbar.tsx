// Above the list: the search box, and what can be done with the journal (export,
// copy, import) or with the trash (empty it).
import type { Ref, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseBackup, setIncludePrivate, useIncludePrivate } from '../sharing/exportChoices';
import { PublishButton, PublishDialogHost } from '../sharing/PublishDialog';
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
  const includePrivate = useIncludePrivate();
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
            <div className="share-controls" role="group" aria-label={t('sharing.shareGroup')}>
              <button type="button" className="button" onClick={onExport}>
                <ExportIcon />
                {t('sharing.export')}
              </button>
              <button type="button" className="button" onClick={onCopy}>
                <CopyIcon />
                {t('sharing.copy')}
              </button>
              <label className="include-private" title={t('sharing.includePrivateHint')}>
                <input type="checkbox" checked={includePrivate} onChange={(e) => setIncludePrivate(e.target.checked)} />
                {t('sharing.includePrivate')}
              </label>
            </div>
            <button
              type="button"
              className="button"
              title={t('sharing.exportBackupHint')}
              onClick={() => {
                chooseBackup();
                onExport();
              }}
            >
              {t('sharing.exportBackup')}
            </button>
            <button type="button" className="button" onClick={onImport}>
              <ImportIcon />
              {t('sharing.import')}
            </button>
            {/* Temporary: the Share menu takes Publish… over. */}
            <PublishButton />
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

function ExportIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8 2v8M5 5l3-3 3 3M3 10v3h10v-3" />
    </svg>
  );
}

function CopyIcon() {
  return (
    <svg {...iconProps}>
      <rect x="5" y="5" width="8" height="9" rx="1.5" />
      <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H10" />
    </svg>
  );
}

function ImportIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8 2v8M5 7l3 3 3-3M3 10v3h10v-3" />
    </svg>
  );
}
