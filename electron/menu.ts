// The application menu as data: commands go to the renderer as MenuCommand,
// editing and window chores use Electron's built-in roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../db/common/bridge';

export interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  window: string;
  newEntry: string;
  save: string;
  find: string;
  importMarkdown: string;
  exportMarkdown: string;
  copyMarkdown: string;
  journal: string;
  insights: string;
  trash: string;
}

export const ENGLISH_MENU: MenuLabels = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  newEntry: 'New entry',
  save: 'Save',
  find: 'Find',
  importMarkdown: 'Import…',
  exportMarkdown: 'Export markdown…',
  copyMarkdown: 'Copy as markdown',
  journal: 'Journal',
  insights: 'Insights',
  trash: 'Trash',
};

export const KOREAN_MENU: MenuLabels = {
  file: '파일(&F)',
  edit: '편집(&E)',
  view: '보기(&V)',
  window: '창(&W)',
  newEntry: '새 기록',
  save: '저장',
  find: '찾기',
  importMarkdown: '가져오기…',
  exportMarkdown: '마크다운 내보내기…',
  copyMarkdown: '마크다운으로 복사',
  journal: '기록',
  insights: '인사이트',
  trash: '휴지통',
};

/** Menu labels follow the OS language like the UI does. */
export function menuLabelsFor(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('ko') ? KOREAN_MENU : ENGLISH_MENU;
}

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  labels: MenuLabels = ENGLISH_MENU,
  options: { devTools: boolean } = { devTools: false },
): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, id: MenuCommand): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator,
    click: () => send(id),
  });
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: labels.file,
      submenu: [
        command(labels.newEntry, 'CmdOrCtrl+N', 'new-entry'),
        command(labels.save, 'CmdOrCtrl+S', 'save'),
        { type: 'separator' },
        command(labels.importMarkdown, 'CmdOrCtrl+O', 'import'),
        command(labels.exportMarkdown, 'CmdOrCtrl+E', 'export'),
        command(labels.copyMarkdown, 'CmdOrCtrl+Shift+C', 'copy-markdown'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command(labels.find, 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: labels.view,
      submenu: [
        command(labels.journal, 'CmdOrCtrl+1', 'journal'),
        command(labels.insights, 'CmdOrCtrl+2', 'insights'),
        command(labels.trash, 'CmdOrCtrl+3', 'trash'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.devTools ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: labels.window, role: 'windowMenu' },
  );
  return template;
}
