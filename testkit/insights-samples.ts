// A year of journal entries with known insights, relative to a given day:
// used by e2e/insights.spec.ts and for screenshots of the insights view.
import { addDays } from '../db/common/calendar';
import type { NewEntry } from '../db/journal';
import type { Pillar } from '../db/common/model';

export interface InsightsSamples {
  entries: NewEntry[];
  /** Entries within the last 365 days. */
  inLastYear: number;
  /** today, yesterday (two entries) and the day before. */
  currentStreak: number;
  longestStreak: number;
  longestEnd: string;
  /** A day with two entries, and their titles. */
  busyDay: string;
  busyDayTitles: string[];
}

const TOPICS: { title: string; body: string; pillars: Pillar[]; tags: string[] }[] = [
  { title: 'ArgoCD로 배포 자동화', body: '배포 파이프라인을 GitOps로 옮겼다. 롤백이 1분이면 된다.', pillars: ['automation'], tags: ['k8s', '배포'] },
  { title: 'SLO burn-rate alerts', body: 'Added multi-window burn-rate alerts for the checkout API.', pillars: ['measurement'], tags: ['slo'] },
  { title: '장애 회고 진행', body: '비난 없는 회고로 타임라인을 같이 정리했다.', pillars: ['culture', 'sharing'], tags: ['회고'] },
  { title: 'Terraform module cleanup', body: 'Split the VPC module and pinned provider versions.', pillars: ['automation'], tags: ['terraform'] },
  { title: '온콜 런북 공유', body: '새벽 알림 대응 순서를 문서로 정리해 팀 위키에 올렸다.', pillars: ['sharing'], tags: ['oncall', 'docs'] },
  { title: 'Pairing on flaky tests', body: 'Paired with a new teammate on the flaky integration suite.', pillars: ['culture'], tags: ['pairing'] },
  { title: 'Grafana 대시보드 정리', body: '서비스별 RED 지표 대시보드를 만들었다.', pillars: ['measurement', 'sharing'], tags: ['k8s', 'observability'] },
];

export function insightsSamples(today: string): InsightsSamples {
  const entries: NewEntry[] = [];
  const add = (day: string, i: number, override: Partial<NewEntry> = {}) => {
    const topic = TOPICS[i % TOPICS.length] ?? TOPICS[0]!;
    entries.push({ day, title: topic.title, body: topic.body, pillars: topic.pillars, tags: topic.tags, ...override });
  };

  // The current streak: the day before yesterday, yesterday (twice) and today. No culture in the last 30 days.
  const busyDay = addDays(today, -1);
  add(addDays(today, -2), 0);
  add(busyDay, 1, { title: '배포 파이프라인 자동화', body: 'GitHub Actions 캐시로 빌드를 3분 줄였다.', pillars: ['automation', 'sharing'], tags: ['ci', '배포'] });
  add(busyDay, 2, { title: 'Runbook 공유', body: 'Shared the database failover runbook.', pillars: ['sharing'], tags: ['docs'] });
  add(today, 3);
  add(addDays(today, -10), 1);
  add(addDays(today, -20), 4);

  // The longest streak: five days ending 36 days ago.
  for (let i = 40; i >= 36; i--) add(addDays(today, -i), i);

  // Every third day from 45 days back: single days, often with two or three entries.
  for (let i = 45; i <= 363; i += 3) {
    const day = addDays(today, -i);
    add(day, i);
    if (i % 2 === 0) add(day, i + 2);
    if (i % 7 === 0) add(day, i + 5);
  }
  const inLastYear = entries.length;

  // An ISO week over a year end, long ago: the week review of 2020-W53.
  entries.push(
    { day: '2020-12-28', title: '연말 배포 동결 회고', body: '동결 기간에도 핫픽스 경로를 자동화했다.', pillars: ['automation', 'culture'], tags: ['배포', '회고'] },
    { day: '2021-01-03', title: 'New year metrics review', body: 'Looked at **error budgets** for every service.', pillars: ['measurement'], tags: ['slo'] },
  );

  return {
    entries,
    inLastYear,
    currentStreak: 3,
    longestStreak: 5,
    longestEnd: addDays(today, -36),
    busyDay,
    busyDayTitles: ['배포 파이프라인 자동화', 'Runbook 공유'],
  };
}
