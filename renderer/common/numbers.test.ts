import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { ko } from '../locales/ko';
import { formatNumber } from './numbers';

describe('one number format for the UI', () => {
  it('groups digits the way the UI language does', () => {
    expect(formatNumber(10095, 'en')).toBe('10,095');
    expect(formatNumber(10095, 'ko')).toBe('10,095');
    expect(formatNumber(3650, 'de')).toBe('3.650');
  });

  it('formats the counts inside strings with that same formatter', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { app: en }, ko: { app: ko } }, interpolation: { escapeValue: false } });
    expect(i18n.t('list.total', { ns: 'app', count: 10095 })).toBe(`${formatNumber(10095, 'en')} entries`);
    expect(i18n.t('trash.confirmEmpty', { ns: 'app', count: 10095 })).toContain('10,095');
    await i18n.changeLanguage('ko');
    expect(i18n.t('list.total', { ns: 'app', count: 10095 })).toContain('10,095');
  });
});
