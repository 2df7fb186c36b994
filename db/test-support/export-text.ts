// A Pileup markdown export of synthetic entries, built without a journal, for
// tests that import through a host.
export function pileupExport(count: number, title = (i: number) => `가져온 ${i}`): string {
  const entries = Array.from({ length: count }, (_, i) =>
    [
      `<!-- pileup:entry {"day":"2026-04-0${1 + (i % 9)}","title":"${title(i)}","pillars":["automation"],"tags":["import"]} -->`,
      `### ${title(i)}`,
      '',
      '<!-- pileup:body -->',
      '',
      `배포 자동화 ${i} rollout`,
      '',
      '<!-- /pileup:entry -->',
      '',
    ].join('\n'),
  );
  return ['# Pileup journal', '', '<!-- pileup:export v1 -->', '', ...entries].join('\n');
}
