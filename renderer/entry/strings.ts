// Words of the opened entry's search matches and Related panel, English and
// Korean ('entryExtras' namespace). Korean has one plural form: _one and _other read the same.
import { registerStrings } from '../i18n';

const en = {
  matches: {
    label: 'Search matches',
    position_one: '{{current}} of {{count}} match',
    position_other: '{{current}} of {{count}} matches',
    previous: 'Previous match',
    next: 'Next match',
    previousHint: 'Previous match (Shift+Enter in the search box, Shift+F3)',
    nextHint: 'Next match (Enter in the search box, F3)',
  },
  related: {
    title: 'Related',
    label: 'Related entries',
    empty: 'Nothing related yet',
    loading: 'Looking for related entries…',
    error: 'Could not find related entries: {{message}}',
    retry: 'Try again',
  },
};

const ko: typeof en = {
  matches: {
    label: '검색 결과 위치',
    position_one: '{{count}}개 중 {{current}}번째',
    position_other: '{{count}}개 중 {{current}}번째',
    previous: '이전 결과',
    next: '다음 결과',
    previousHint: '이전 결과 (검색창에서 Shift+Enter, Shift+F3)',
    nextHint: '다음 결과 (검색창에서 Enter, F3)',
  },
  related: {
    title: '관련 항목',
    label: '관련 항목',
    empty: '아직 관련 항목이 없어요',
    loading: '관련 항목을 찾는 중…',
    error: '관련 항목을 찾지 못했어요: {{message}}',
    retry: '다시 시도',
  },
};

registerStrings('entryExtras', { en, ko });
