// A synthetic journal for benchmarks and screenshots: seeded, so every run
// builds the same entries (Korean, English and mixed, over five years).
import type { NewEntry } from '../db/journal';
import { PILLARS, type Pillar } from '../db/common/model';


/** mulberry32: seeded, so every run builds the same journal. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const KOREAN = [
  '오늘 팀 회고를 진행했고 배포 주기를 줄이자는 의견이 나왔다.',
  '스테이징 환경에 배포했다. 롤백 절차도 함께 점검했다.',
  '장애 대응 훈련에서 알림이 너무 늦게 온다는 걸 알게 됐다.',
  '테라폼으로 네트워크 구성을 코드로 옮기는 작업을 시작했다.',
  '빌드 시간이 12분에서 7분으로 줄었다. 캐시 설정을 바꾼 덕분이다.',
  '신규 입사자와 페어 프로그래밍을 하면서 온보딩 문서를 고쳤다.',
  '모니터링 대시보드에 에러율과 지연 시간 그래프를 추가했다.',
  '주간 회고에서 온콜 부담을 나누는 방법을 이야기했다.',
  '쿠버네티스 클러스터 업그레이드 계획을 세웠다.',
  '배포 자동화를 위해 파이프라인에 승인 단계를 넣었다.',
  '보안 점검 결과를 정리해서 위키에 공유했다.',
  '서비스 수준 목표를 다시 정의하고 측정 방법을 문서로 남겼다.',
  '사내 발표에서 관측 가능성에 대해 이야기했다.',
  '데이터베이스 마이그레이션을 무중단으로 진행했다.',
  '테스트가 가끔 실패하는 원인을 찾아서 고쳤다.',
  '로그 수집 비용이 너무 커서 샘플링 비율을 조정했다.',
  '장애 보고서를 비난 없는 형식으로 작성했다.',
  '인프라 변경 사항을 풀 리퀘스트로 리뷰받았다.',
  '새벽에 디스크가 가득 차는 문제를 자동으로 정리하게 했다.',
  '팀원들과 기술 부채 목록을 우선순위로 정리했다.',
];

const ENGLISH = [
  'Deployed the payment service to production behind a feature flag.',
  'Wrote a runbook for rotating the database credentials.',
  'Our blameless postmortem found a missing alert on queue depth.',
  'Automated the release notes with a small script in the pipeline.',
  'Measured p99 latency before and after enabling connection pooling.',
  'Paired with a teammate on flaky integration tests.',
  'Shared a short demo of the new dashboard at the weekly sync.',
  'Migrated the cron jobs to Kubernetes CronJobs with resource limits.',
  'Reviewed the Terraform plan and caught a security group that was too open.',
  'Set up canary analysis so a bad deploy rolls back on its own.',
  'Documented how we measure lead time for changes and deployment frequency.',
  'Ran a game day to practise the incident response process.',
  'Reduced the Docker image size from 1.2 GB to 310 MB with a multi-stage build.',
  'Added tracing spans around the slow checkout endpoint.',
  'Talked about on-call fatigue and agreed to rotate weekly.',
  'Cleaned up unused cloud resources and cut the monthly bill.',
  'Wrote a blog post about our rollback plan for schema changes.',
  'Configured Renovate to keep dependencies up to date automatically.',
  'Held a lunch-and-learn about service level objectives.',
  'Fixed a race condition in the deploy script that skipped health checks.',
];

const TAGS = [
  'k8s', 'terraform', 'ci', 'cd', 'aws', 'gcp', 'docker', 'helm', 'argocd', 'slo', 'oncall', 'incident', 'postmortem',
  'docs', 'security', 'pairing', 'observability', 'grafana', 'prometheus', 'cost', '회고', '배포', '장애', '온보딩', '발표',
];

function pick<T>(list: readonly T[], next: (n: number) => number): T {
  return list[next(list.length)]!;
}

/** The i-th synthetic entry: mixed Korean and English, 200–1,500 characters, 1–3 pillars, 0–5 tags, over five years. */
export function syntheticEntries(count: number, seed = 7, today = new Date()): NewEntry[] {
  const next = random(seed);
  const end = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const spanDays = 5 * 365;
  const entries: NewEntry[] = [];
  for (let i = 0; i < count; i++) {
    const mode = next(10); // 0–3 Korean, 4–6 English, 7–9 mixed
    const pool = (): string => (mode < 4 ? pick(KOREAN, next) : mode < 7 ? pick(ENGLISH, next) : pick(next(2) ? KOREAN : ENGLISH, next));
    const length = 200 + next(1301);
    let body = '';
    while (body.length < length) body += (body ? (next(5) === 0 ? '\n\n' : ' ') : '') + pool();
    body = body.slice(0, length);
    const pillars = new Set<Pillar>();
    const wanted = 1 + next(3);
    while (pillars.size < wanted) pillars.add(pick(PILLARS, next));
    const tags = new Set<string>();
    const tagCount = next(6);
    while (tags.size < tagCount) tags.add(pick(TAGS, next));
    const day = new Date(end - next(spanDays) * 86_400_000).toISOString().slice(0, 10);
    entries.push({ day, title: pool().slice(0, 20 + next(40)), body, pillars: [...pillars], tags: [...tags] });
  }
  return entries;
}

