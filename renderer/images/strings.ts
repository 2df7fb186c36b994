// The words of images in entries and of the editor's keyboard ('images' namespace), English and Korean.
import { registerStrings } from '../i18n';

const en = {
  remoteNotLoaded: 'Remote image not loaded: {{host}}',
  remoteAlt: '“{{alt}}”',
  loading: 'Loading image…',
  missing: 'Image not in this journal',
  adding: 'Adding image…',
  addingMany: 'Adding {{count}} images…',
  addFailed: 'Could not add {{name}}: {{message}}',
  notAnImage: '{{name}} is not an image Pileup keeps (PNG, JPEG, GIF or WebP).',
  tooLarge: '{{name}} is too large (the limit is {{limit}} MB each).',
  draftKept: 'Draft kept. Open the entry again to go on writing.',
  draftKeptNew: 'Draft kept. Press New entry to go on writing.',
  bodyHint: 'Paste or drop screenshots here. Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Esc closes (the draft stays).',
  bodyHintMac: 'Paste or drop screenshots here. ⌘B bold, ⌘I italic, ⌘K link, Esc closes (the draft stays).',
};

const ko: typeof en = {
  remoteNotLoaded: '외부 이미지를 불러오지 않았습니다: {{host}}',
  remoteAlt: '“{{alt}}”',
  loading: '이미지를 불러오는 중…',
  missing: '이 저널에 없는 이미지',
  adding: '이미지 추가 중…',
  addingMany: '이미지 {{count}}개 추가 중…',
  addFailed: '{{name}}을(를) 추가하지 못했습니다: {{message}}',
  notAnImage: '{{name}}은(는) Pileup이 보관하는 이미지가 아닙니다 (PNG, JPEG, GIF, WebP).',
  tooLarge: '{{name}}은(는) 너무 큽니다 (이미지당 최대 {{limit}} MB).',
  draftKept: '초안을 보관했습니다. 항목을 다시 열어 이어서 쓰세요.',
  draftKeptNew: '초안을 보관했습니다. 새 항목을 눌러 이어서 쓰세요.',
  bodyHint: '스크린샷을 붙여넣거나 끌어다 놓으세요. Ctrl+B 굵게, Ctrl+I 기울임, Ctrl+K 링크, Esc 닫기 (초안 유지).',
  bodyHintMac: '스크린샷을 붙여넣거나 끌어다 놓으세요. ⌘B 굵게, ⌘I 기울임, ⌘K 링크, Esc 닫기 (초안 유지).',
};

registerStrings('images', { en, ko });
