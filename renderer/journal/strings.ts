// Strings of the calendar, "On this day", the filter hints and the revision
// diff ('timekeys' namespace). Accessible names that tests use live here.
import { registerStrings } from '../i18n';

const en = {
  calendar: {
    label: 'Calendar',
    previous: 'Previous month',
    next: 'Next month',
    today: 'Today',
    day_zero: '{{date}}, no entries',
    day_one: '{{date}}, {{count, number}} entry',
    day_other: '{{date}}, {{count, number}} entries',
    hint: 'Arrow keys move between days; Enter jumps to the day.',
  },
  onThisDay: {
    label: 'On this day',
    entry: 'Open “{{title}}” from {{year}}',
    more_one: '+{{count}} more',
    more_other: '+{{count, number}} more',
    less: 'Show less',
  },
  filters: {
    pillarsAny: 'Any of these pillars',
    tagsAll: 'All of these tags',
  },
  history: {
    showChanges: 'Compare with the current version',
    changesLabel: 'Changes from this version to the current one',
    noChanges: 'Same text as the current version.',
    added: 'added',
    removed: 'removed',
  },
};

type TimeKeysStrings = typeof en;

const ko: TimeKeysStrings = {
  calendar: {
    label: '달력',
    previous: '이전 달',
    next: '다음 달',
    today: '오늘',
    day_zero: '{{date}}, 기록 없음',
    day_one: '{{date}}, 기록 {{count, number}}개',
    day_other: '{{date}}, 기록 {{count, number}}개',
    hint: '화살표 키로 날짜를 옮기고 Enter로 그날로 갑니다.',
  },
  onThisDay: {
    label: '이날의 기록',
    entry: '{{year}}년 “{{title}}” 열기',
    more_one: '외 {{count}}개',
    more_other: '외 {{count, number}}개',
    less: '접기',
  },
  filters: {
    pillarsAny: '이 중 하나라도 해당',
    tagsAll: '모든 태그가 해당',
  },
  history: {
    showChanges: '현재 버전과 비교',
    changesLabel: '이 버전에서 현재 버전으로 바뀐 내용',
    noChanges: '현재 버전과 내용이 같습니다.',
    added: '추가',
    removed: '삭제',
  },
};

registerStrings('timekeys', { en, ko });
