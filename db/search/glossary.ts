// The bilingual DevOps glossary: groups of words that mean the same thing
// (배포 ↔ deploy), so a search for one also finds the others. Built-in groups
// ship on; the user may turn the glossary off, remove built-in groups and add
// their own. Stored in the settings table under GLOSSARY_KEY.
import type { Database } from 'better-sqlite3';
import type { GlossaryGroup, GlossarySetting, GlossaryView } from '../common/model';
import { readSetting, writeSetting } from '../settings';
import { normalizeText } from './text';

export const GLOSSARY_KEY = 'search.glossary';

export const BUILT_IN_GLOSSARY: readonly (readonly string[])[] = [
  ['배포', 'deploy', 'deployment'],
  ['쿠버네티스', 'kubernetes', 'k8s'],
  ['장애', 'incident', 'outage'],
  ['장애 대응', 'incident response'],
  ['회고', 'retro', 'retrospective', 'postmortem'],
  ['카나리', 'canary'],
  ['롤백', 'rollback'],
  ['모니터링', 'monitoring'],
  ['테라폼', 'terraform'],
  ['파이프라인', 'pipeline'],
  ['알림', 'alert'],
  ['대시보드', 'dashboard'],
  ['지표', 'metric'],
  ['컨테이너', 'container'],
  ['도커', 'docker'],
  ['마이그레이션', 'migration'],
  ['자동화', 'automation'],
  ['관측성', 'observability'],
  ['로그', 'log'],
  ['테스트', 'test'],
  ['빌드', 'build'],
  ['인프라', 'infrastructure', 'infra'],
  ['보안', 'security'],
  ['온콜', 'on-call', 'oncall'],
  ['런북', 'runbook'],
  ['클러스터', 'cluster'],
  ['서비스 수준 목표', 'slo'],
  ['코드 리뷰', 'code review'],
];

const DEFAULT_SETTING: GlossarySetting = { enabled: true, removed: [], added: [] };
const MAX_GROUPS = 500;
const MAX_WORDS = 20;
const MAX_WORD_CHARS = 60;

/** A built-in group's id: its first word, stable across releases. */
const builtInId = (words: readonly string[]): string => `builtin:${words[0] ?? ''}`;

/** Words of a group as the index compares them: normalized, distinct, non-empty, bounded. */
export function cleanGroup(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const w = normalizeText(word).slice(0, MAX_WORD_CHARS);
    if (w && !out.includes(w)) out.push(w);
    if (out.length === MAX_WORDS) break;
  }
  return out;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The stored setting, or the default for a missing or unreadable one (a hand-edited file may hold anything). */
export function readGlossarySetting(db: Database): GlossarySetting {
  const value = readSetting(db, GLOSSARY_KEY);
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTING;
  const enabled = 'enabled' in value && typeof value.enabled === 'boolean' ? value.enabled : true;
  const removed = 'removed' in value && isStringArray(value.removed) ? value.removed : [];
  const added = 'added' in value && Array.isArray(value.added) ? value.added.filter(isStringArray) : [];
  return { enabled, removed, added };
}

export function glossaryView(setting: GlossarySetting): GlossaryView {
  const removed = new Set(setting.removed);
  const groups: GlossaryGroup[] = [];
  const removedBuiltIns: GlossaryGroup[] = [];
  for (const words of BUILT_IN_GLOSSARY) {
    const group = { id: builtInId(words), words: [...words], builtIn: true };
    (removed.has(group.id) ? removedBuiltIns : groups).push(group);
  }
  setting.added.forEach((words, i) => {
    const clean = cleanGroup(words);
    if (clean.length >= 2) groups.push({ id: `user:${i}`, words: clean, builtIn: false });
  });
  return { enabled: setting.enabled, groups, removedBuiltIns };
}

export function readGlossary(db: Database): GlossaryView {
  return glossaryView(readGlossarySetting(db));
}

/** Stores a setting (cleaned: groups of fewer than two words dropped, unknown built-in ids dropped) and returns the view. */
export function saveGlossary(db: Database, setting: GlossarySetting): GlossaryView {
  const builtInIds = new Set(BUILT_IN_GLOSSARY.map(builtInId));
  const clean: GlossarySetting = {
    enabled: setting.enabled,
    removed: [...new Set(setting.removed.filter((id) => builtInIds.has(id)))],
    added: setting.added
      .map(cleanGroup)
      .filter((g) => g.length >= 2)
      .slice(0, MAX_GROUPS),
  };
  writeSetting(db, GLOSSARY_KEY, clean);
  return glossaryView(clean);
}

/** word → the other words of every group it belongs to. */
export function glossaryLookup(view: GlossaryView): (word: string) => string[] {
  if (!view.enabled) return () => [];
  const others = new Map<string, Set<string>>();
  for (const group of view.groups) {
    const words = cleanGroup(group.words);
    for (const w of words) {
      let set = others.get(w);
      if (!set) others.set(w, (set = new Set()));
      for (const other of words) if (other !== w) set.add(other);
    }
  }
  return (word) => [...(others.get(word) ?? [])];
}
