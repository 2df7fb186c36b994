// The search notes' and the glossary editor's words, English and Korean ('search' namespace).
import { registerStrings } from '../i18n';

const en = {
  notes: {
    label: 'About this search',
    showingFor: 'Showing results for <0>{{corrected}}</0>',
    searchInstead: 'search for {{typed}} instead',
    also: 'also: {{words}}',
    glossary: 'Glossary…',
    warning: {
      not_a_date: 'not a date yet, ignored',
      unknown_pillar: 'not a pillar (culture, automation, measurement, sharing), ignored',
      too_many_words: 'a search holds at most 32 words; this and the rest were ignored',
      empty_value: 'needs a value, ignored',
      lone_minus: 'nothing to exclude yet, ignored',
    },
  },
  glossary: {
    title: 'Search glossary',
    intro: 'Words in one group find each other: a search for deploy also finds 배포. A word in quotes is searched exactly.',
    enabled: 'Use the glossary when searching',
    groups: 'Groups',
    builtIn: 'built-in',
    remove: 'Remove',
    removeGroup: 'Remove {{words}}',
    newGroup: 'New group',
    newGroupHint: 'Words separated by commas; each finds the others.',
    newGroupPlaceholder: '배포, deploy, release',
    add: 'Add',
    needTwo: 'A group needs at least two different words.',
    removed: 'Removed built-in groups',
    restore: 'Restore',
    restoreGroup: 'Restore {{words}}',
    done: 'Done',
    loading: 'Loading the glossary…',
    saveError: 'Could not save the glossary: {{message}}',
  },
};

const ko: typeof en = {
  notes: {
    label: '이번 검색에 대해',
    showingFor: '<0>{{corrected}}</0> 검색 결과입니다',
    searchInstead: '{{typed}}(으)로 검색하기',
    also: '함께 검색: {{words}}',
    glossary: '용어집…',
    warning: {
      not_a_date: '아직 날짜가 아니라서 무시했어요',
      unknown_pillar: '없는 필러라서 무시했어요 (culture, automation, measurement, sharing)',
      too_many_words: '검색어는 32개까지라서 여기부터는 무시했어요',
      empty_value: '값이 없어서 무시했어요',
      lone_minus: '제외할 단어가 없어서 무시했어요',
    },
  },
  glossary: {
    title: '검색 용어집',
    intro: '한 묶음의 단어는 서로를 찾아 줍니다. deploy로 검색하면 배포도 찾아요. 따옴표로 감싼 단어는 그대로만 찾습니다.',
    enabled: '검색할 때 용어집 사용',
    groups: '묶음',
    builtIn: '기본',
    remove: '삭제',
    removeGroup: '{{words}} 삭제',
    newGroup: '새 묶음',
    newGroupHint: '쉼표로 구분해 적으면 서로를 찾아 줍니다.',
    newGroupPlaceholder: '배포, deploy, release',
    add: '추가',
    needTwo: '묶음에는 서로 다른 단어가 두 개 이상 필요해요.',
    removed: '삭제한 기본 묶음',
    restore: '되살리기',
    restoreGroup: '{{words}} 되살리기',
    done: '닫기',
    loading: '용어집을 불러오는 중…',
    saveError: '용어집을 저장하지 못했어요: {{message}}',
  },
};

registerStrings('search', { en, ko });
