import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { buildTrend, comparePeriods, formatIndicatorValue, groupByArea, parsePeriod, periodLabel } from './indicators';
import { importErrorText, importTemplate, parseImportErrors } from './indicator-import';

describe('periods', () => {
  it('parses the four kinds and refuses others', () => {
    expect(parsePeriod('2025')).toEqual({ year: 2025, kind: 'year', part: 0 });
    expect(parsePeriod('2025-H2')).toEqual({ year: 2025, kind: 'half', part: 2 });
    expect(parsePeriod('2025-Q3')).toEqual({ year: 2025, kind: 'quarter', part: 3 });
    expect(parsePeriod('2025-03')).toEqual({ year: 2025, kind: 'month', part: 3 });
    expect(parsePeriod('2025-13')).toBeNull();
    expect(parsePeriod('2025-H3')).toBeNull();
  });

  it('orders by start, the longer period first', () => {
    const periods = ['2025-07', '2025-Q3', '2024', '2025-H2', '2025', '2025-01', '2025-H1', '2025-Q1'];
    expect([...periods].sort(comparePeriods)).toEqual(['2024', '2025', '2025-H1', '2025-Q1', '2025-01', '2025-H2', '2025-Q3', '2025-07']);
  });

  it('says a period in words in both languages', async () => {
    const t = i18n.getFixedT('sv');
    expect(periodLabel(t, '2025-Q3', 'sv')).toBe('tredje kvartalet 2025');
    expect(periodLabel(t, '2025-03', 'sv')).toBe('mars 2025');
    const en = i18n.getFixedT('en');
    expect(periodLabel(en, '2025-H1', 'en')).toBe('first half of 2025');
    expect(periodLabel(en, '2025-03', 'en')).toBe('March 2025');
  });
});

describe('trends', () => {
  it('splits by group (everyone first), orders the periods and finds the decimals', () => {
    const trend = buildTrend([
      { period: '2024', group: 'män', value: 7.6 },
      { period: '2023', value: 16 },
      { period: '2024', group: 'kvinnor', value: 22.85 },
      { period: '2024', value: 15.2 },
    ]);
    expect(trend.periods).toEqual(['2023', '2024']);
    expect(trend.series.map((s) => s.group)).toEqual([null, 'kvinnor', 'män']);
    expect(trend.decimals).toBe(2);
  });

  it('formats a value with its unit in the language', () => {
    expect(formatIndicatorValue(14.4, '%', 'sv', 1)).toBe('14,4\u00a0%');
    expect(formatIndicatorValue(14.4, '%', 'en', 1)).toBe('14.4%');
    expect(formatIndicatorValue(1250, 'antal', 'sv')).toBe('1\u00a0250');
  });

  it('groups values by area in name order', () => {
    const groups = groupByArea(
      [
        { area_id: 's', period: '2023', value: 1 },
        { area_id: 'j', period: '2023', value: 2 },
        { area_id: 's', period: '2024', value: 3 },
      ],
      (id) => ({ s: 'Södermalm', j: 'Järva' })[id],
    );
    expect(groups.map((g) => [g.name, g.values.length])).toEqual([
      ['Järva', 1],
      ['Södermalm', 2],
    ]);
  });
});

describe('import errors', () => {
  const t = i18n.getFixedT('sv');
  const exists = (k: string) => i18n.exists(k, { lng: 'sv' });

  it('reads row and column from the field, the header and whole rows and files too, in row order', () => {
    const errors = parseImportErrors([
      { field: 'row[4].n', code: 'invalid', message: '' },
      { field: 'row[4].period', code: 'invalid', message: '' },
      { field: 'row[3].value', code: 'invalid', message: '' },
      { field: 'row[5].file', code: 'too_many', message: '' },
      { field: 'row[1].area', code: 'unknown_field', message: '' },
      { field: 'file', code: 'too_many', message: '' },
    ]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [null, null],
      [1, 'area'],
      [3, 'value'],
      [4, 'period'],
      [4, 'n'],
      [5, null],
    ]);
  });

  it('says each error for its column, else by its code', () => {
    const [value, header, period, group, whole] = parseImportErrors([
      { field: 'row[3].value', code: 'invalid', message: 'A number' },
      { field: 'row[1].area_id', code: 'required', message: '' },
      { field: 'row[4].period', code: 'duplicate', message: '' },
      { field: 'row[5].group', code: 'invalid', message: '' },
      { field: 'file', code: 'required', message: '' },
    ]).sort((a, b) => (a.column ?? '').localeCompare(b.column ?? '') || 0);
    const texts = [value, header, period, group, whole].map((e) => importErrorText(t, exists, e));
    expect(texts).toContain('Inte ett tal. Skriv till exempel 12,5 eller 12.5.');
    expect(texts).toContain('Rubrikraden saknar en kolumn som måste finnas.');
    expect(texts).toContain('En tidigare rad har redan ett värde för samma indikator, område, period och grupp.');
    // No text of its own for the column: the field code's.
    expect(texts).toContain('Värdet är inte giltigt (till exempel otillåtna tecken eller en felaktig e-postadress).');
    expect(texts).toContain('Filen har inga rader under rubrikraden.');
  });

  it('makes a template with the header and two example rows', () => {
    expect(importTemplate({ areaId: 'a-1', placeholders: { code: 'KOD', areaId: 'ID' } }).split('\r\n')).toEqual([
      'indicator_code;area_id;period;group;value;n;note',
      'KOD;a-1;2025;;12,5;812;',
      'KOD;a-1;2025;kvinnor;15,1;430;',
      '',
    ]);
  });
});
