// The templates Pileup ships, in English and Korean. Their ids are stable
// (`builtin:<key>`) so settings can name them (default, hidden) in either language.
import type { Pillar } from './common/model';
import { BUILTIN_PREFIX, type Template, type TemplateLang } from './common/templates';

interface BuiltinText {
  name: string;
  title: string;
  body: string;
}

interface Builtin {
  key: string;
  pillars: Pillar[];
  tags: string[];
  text: Record<TemplateLang, BuiltinText>;
}

const BUILTINS: Builtin[] = [
  {
    key: 'daily-log',
    pillars: ['automation'],
    tags: ['daily'],
    text: {
      en: {
        name: 'Daily log',
        title: 'Daily log — {date}',
        body: '## Done\n\n- [ ] \n\n## Learned\n\n- \n\n## Blocked by\n\n- \n\n## Tomorrow\n\n- [ ] \n',
      },
      ko: {
        name: '업무 일지',
        title: '업무 일지 — {date}',
        body: '## 한 일\n\n- [ ] \n\n## 배운 것\n\n- \n\n## 막힌 것\n\n- \n\n## 내일 할 일\n\n- [ ] \n',
      },
    },
  },
  {
    key: 'til',
    pillars: ['sharing'],
    tags: ['til'],
    text: {
      en: {
        name: 'TIL',
        title: 'TIL: ',
        body: '## What I learned\n\n\n\n## Why it matters\n\n\n\n## Example\n\n```\n\n```\n\n## Links\n\n- \n',
      },
      ko: {
        name: '오늘 배운 것 (TIL)',
        title: 'TIL: ',
        body: '## 배운 것\n\n\n\n## 왜 중요한가\n\n\n\n## 예시\n\n```\n\n```\n\n## 참고 링크\n\n- \n',
      },
    },
  },
  {
    key: 'incident-review',
    pillars: ['culture', 'measurement'],
    tags: ['incident', 'postmortem'],
    text: {
      en: {
        name: 'Incident review',
        title: 'Incident review — {date}',
        body:
          '## Summary\n\n\n\n## Impact\n\n- Users affected: \n- Duration: \n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n|  |  |\n\n' +
          '## Root cause\n\n\n\n## What went well\n\n- \n\n## What to improve\n\n- \n\n## Action items\n\n- [ ] \n',
      },
      ko: {
        name: '장애 회고',
        title: '장애 회고 — {date}',
        body:
          '## 요약\n\n\n\n## 영향\n\n- 영향받은 사용자: \n- 지속 시간: \n\n## 타임라인\n\n| 시각 | 사건 |\n| --- | --- |\n|  |  |\n\n' +
          '## 근본 원인\n\n\n\n## 잘된 점\n\n- \n\n## 개선할 점\n\n- \n\n## 후속 조치\n\n- [ ] \n',
      },
    },
  },
  {
    key: 'one-on-one',
    pillars: ['culture'],
    tags: ['1on1'],
    text: {
      en: {
        name: '1:1',
        title: '1:1 — {date}',
        body: '## Topics\n\n- \n\n## Feedback\n\n- Given: \n- Received: \n\n## Growth\n\n\n\n## Follow-ups\n\n- [ ] \n',
      },
      ko: {
        name: '1:1 미팅',
        title: '1:1 미팅 — {date}',
        body: '## 논의할 것\n\n- \n\n## 피드백\n\n- 준 것: \n- 받은 것: \n\n## 성장\n\n\n\n## 후속 조치\n\n- [ ] \n',
      },
    },
  },
  {
    key: 'weekly-snippets',
    pillars: ['sharing'],
    tags: ['weekly'],
    text: {
      en: {
        name: 'Weekly snippets',
        title: 'Weekly snippets — week of {date}',
        body: '## Shipped\n\n- \n\n## In progress\n\n- \n\n## Learned\n\n- \n\n## Next week\n\n- [ ] \n\n## Help wanted\n\n- \n',
      },
      ko: {
        name: '주간 스니펫',
        title: '주간 스니펫 — {date} 주',
        body: '## 완료한 것\n\n- \n\n## 진행 중\n\n- \n\n## 배운 것\n\n- \n\n## 다음 주 계획\n\n- [ ] \n\n## 도움이 필요한 것\n\n- \n',
      },
    },
  },
];

export const BUILTIN_TEMPLATE_IDS: readonly string[] = BUILTINS.map((b) => BUILTIN_PREFIX + b.key);

/** The built-in templates in `lang`, each marked hidden when `hidden` names it. */
export function builtinTemplates(lang: TemplateLang, hidden: readonly string[]): Template[] {
  return BUILTINS.map((b) => {
    const id = BUILTIN_PREFIX + b.key;
    return { id, ...b.text[lang], pillars: [...b.pillars], tags: [...b.tags], builtin: true, hidden: hidden.includes(id), createdAt: null, updatedAt: null };
  });
}
