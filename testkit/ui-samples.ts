// Entries the UI specs and screenshots write: real Korean, English and mixed
// sentences, with pillars and tags, plus a generator for big journals.
import type { NewEntry } from '../db/journal';
import type { Pillar } from '../db/common/model';
import { PILLARS } from '../db/common/model';

export const SAMPLE_ENTRIES: NewEntry[] = [
  {
    day: '2026-11-02',
    title: '배포 파이프라인 자동화 회고',
    body: '오늘 ArgoCD로 스테이징 배포를 자동화했다. 수동 배포했던 단계를 모두 없앴다.\n\n## 배운 것\n- 롤백은 `argocd app rollback`으로 1분 안에 끝난다\n- [x] 헬스 체크 추가\n- [ ] 알림 채널 정리\n\n```yaml\nsyncPolicy:\n  automated:\n    prune: true\n```',
    pillars: ['automation', 'culture'],
    tags: ['argocd', 'k8s', '배포'],
  },
  {
    day: '2026-11-02',
    title: 'Wrote the on-call runbook for the payments API',
    body: 'Documented the three alerts that page us most and what to check first.\n\n| Alert | First check |\n| --- | --- |\n| p99 latency | DB connection pool |\n| 5xx rate | last deploy |\n\nShared it in #sre and asked for review.',
    pillars: ['sharing', 'culture'],
    tags: ['runbook', 'oncall'],
  },
  {
    day: '2026-11-01',
    title: 'SLO 대시보드 만들기',
    body: 'Grafana에 가용성 SLO 대시보드를 만들었다. 에러 버짓 소진율(burn rate) 알림을 1h/6h 두 창으로 설정.\n\n측정하지 않으면 개선할 수 없다.',
    pillars: ['measurement'],
    tags: ['grafana', 'slo'],
  },
  {
    day: '2026-10-30',
    title: 'Blameless postmortem for the cache outage',
    body: 'Ran the postmortem for Tuesday\'s Redis outage. We focused on the missing eviction alert, not on who ran the command.\n\nAction items:\n1. Alert on memory fragmentation\n2. Add a canary for config changes',
    pillars: ['culture', 'measurement'],
    tags: ['postmortem', 'redis'],
  },
  {
    day: '2026-10-29',
    title: 'Terraform 모듈 정리 and drift detection',
    body: '매일 밤 `terraform plan`을 돌려 drift를 찾는 CI job을 추가했다. Found 3 resources changed by hand.',
    pillars: ['automation'],
    tags: ['terraform', 'ci'],
  },
  {
    day: '2026-10-28',
    title: '장애 대응 교육 발표',
    body: '신입 엔지니어들에게 장애 대응 절차를 발표했다. 슬라이드는 위키에 올렸다.',
    pillars: ['sharing'],
    tags: ['발표', 'oncall'],
  },
];

const KO = ['배포했다', '회고를 정리했다', '장애를 분석했다', '자동화 스크립트를 고쳤다', '지표를 추가했다', '문서를 공유했다', '보안 점검을 했다', '테스트를 늘렸다'];
const EN = ['shipped the release', 'reviewed the pipeline', 'measured the latency', 'paired on the runbook', 'cleaned up alerts', 'wrote a postmortem', 'automated the backup', 'shared the design doc'];
const TAGS = ['k8s', 'ci', 'terraform', '배포', 'grafana', 'oncall', 'aws', '회고'];

/** `count` entries, newest first starting at `lastDay`, a few per day; deterministic. */
export function manyEntries(count: number, lastDay = '2026-11-02'): NewEntry[] {
  const out: NewEntry[] = [];
  const start = new Date(`${lastDay}T12:00:00Z`);
  for (let i = 0; i < count; i++) {
    const date = new Date(start.getTime() - Math.floor(i / 3) * 86_400_000);
    const day = date.toISOString().slice(0, 10);
    const pillars: Pillar[] = [PILLARS[i % 4] as Pillar];
    if (i % 3 === 0) pillars.push(PILLARS[(i + 1) % 4] as Pillar);
    out.push({
      day,
      title: `Entry ${String(i + 1).padStart(5, '0')}: ${EN[i % EN.length]} / ${KO[i % KO.length]}`,
      body: `${KO[(i + 3) % KO.length]}. Then I ${EN[(i + 5) % EN.length]} and noted what changed.`,
      pillars,
      tags: [TAGS[i % TAGS.length] as string],
    });
  }
  return out;
}
