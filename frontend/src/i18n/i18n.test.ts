import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import svShell from './sv.json';
import enShell from './en.json';
import i18n from './index';
import { INQUIRY_TEXTS } from './inquiries';

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = String(v);
  }
  return out;
}

/** The shell's translations with the bundles pages add when they load (`inquiries.ts`), merged deep. */
function merged(...parts: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      const have = out[k];
      out[k] = v && typeof v === 'object' && have && typeof have === 'object' ? merged(have as Record<string, unknown>, v as Record<string, unknown>) : v;
    }
  }
  return out;
}

const sv = merged(svShell, INQUIRY_TEXTS.sv);
const en = merged(enShell, INQUIRY_TEXTS.en);
const svKeys = flatten(sv);
const enKeys = flatten(en);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('translations', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect(Object.keys(enKeys).sort()).toEqual(Object.keys(svKeys).sort());
  });

  it('has no empty strings', () => {
    for (const [key, value] of [...Object.entries(svKeys), ...Object.entries(enKeys)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(svKeys)) {
      expect(vars(enKeys[key]), key).toEqual(vars(svKeys[key]));
    }
  });

  it('every literal key used in the code exists', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    // Plural keys exist as key_one / key_other.
    const missing = [...used].filter((k) => !(k in svKeys) && !(`${k}_one` in svKeys && `${k}_other` in svKeys));
    expect(missing).toEqual([]);
  });

  it('defaults to Swedish with the required Swedish labels', () => {
    expect(i18n.language).toBe('sv');
    expect(svKeys['app.skipToMain']).toBe('Hoppa till huvudinnehåll');
    expect(svKeys['nav.areas']).toBe('Områden');
    expect(svKeys['nav.organizations']).toBe('Organisationer');
    expect(svKeys['areas.kinds.district']).toBe('Stadsdelsområde');
    expect(svKeys['areas.kinds.local_police_area']).toBe('Lokalpolisområde');
  });

  it('adds the inquiry pages’ texts when they load, keeping the menu labels the shell carries', () => {
    expect(i18n.t('inquiries.statuses.received')).toBe('Mottaget');
    expect(i18n.t('inquiries.title')).toBe('Ärenden');
    expect(i18n.t('publicInquiry.lookup.nav')).toBe('Följ ditt ärende');
    expect(i18n.t('publicInquiry.lookup.title')).toBe('Följ ditt ärende');
    expect(i18n.t('inquiries.time.units.days', { count: 2 })).toBe('2 dagar');
  });

  it('switching language sets <html lang> and persists the choice', async () => {
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('samverkan.lang')).toBe('en');
    expect(i18n.t('nav.organizations')).toBe('Organisations');
    await i18n.changeLanguage('sv');
    expect(document.documentElement.lang).toBe('sv');
  });
});
