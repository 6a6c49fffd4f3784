import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { durationToInput, durationWords, inputToDuration, parseDuration, toIsoDuration } from './duration';

describe('response target: ISO 8601 ↔ number and unit', () => {
  it('writes a number of a unit as the API takes it', () => {
    expect(toIsoDuration(2, 'days')).toBe('P2D');
    expect(toIsoDuration(4, 'hours')).toBe('PT4H');
    expect(toIsoDuration(1, 'weeks')).toBe('P1W');
    expect(toIsoDuration(30, 'minutes')).toBe('PT30M');
  });

  it('reads the forms the API writes, and nothing else', () => {
    expect(parseDuration('P2D')).toEqual({ weeks: 0, days: 2, hours: 0, minutes: 0, seconds: 0 });
    expect(parseDuration('P1DT12H')).toEqual({ weeks: 0, days: 1, hours: 12, minutes: 0, seconds: 0 });
    expect(parseDuration('PT1H30M')).toEqual({ weeks: 0, days: 0, hours: 1, minutes: 30, seconds: 0 });
    for (const bad of ['', 'P', 'PT', 'P1Y', 'P1M', '2 days', 'P1W2D', 'P1DT']) expect(parseDuration(bad), bad).toBeNull();
    expect(parseDuration(null)).toBeNull();
  });

  it('shows a stored target in the form: one unit stays as it is, several become the largest whole unit', () => {
    expect(durationToInput('P2D')).toEqual({ amount: '2', unit: 'days' });
    expect(durationToInput('P7D')).toEqual({ amount: '7', unit: 'days' });
    expect(durationToInput('PT4H')).toEqual({ amount: '4', unit: 'hours' });
    expect(durationToInput('P1W')).toEqual({ amount: '1', unit: 'weeks' });
    expect(durationToInput('P1DT12H')).toEqual({ amount: '36', unit: 'hours' });
    expect(durationToInput('P1DT24H')).toEqual({ amount: '2', unit: 'days' });
    expect(durationToInput('PT1H30M')).toEqual({ amount: '90', unit: 'minutes' });
    expect(durationToInput('PT90S')).toEqual({ amount: '2', unit: 'minutes' });
    expect(durationToInput(null)).toEqual({ amount: '', unit: 'days' });
  });

  it('turns the form into the request: empty is none, a whole number above zero up to a year', () => {
    expect(inputToDuration({ amount: '', unit: 'days' })).toEqual({ value: null });
    expect(inputToDuration({ amount: ' 2 ', unit: 'days' })).toEqual({ value: 'P2D' });
    expect(inputToDuration({ amount: '4', unit: 'hours' })).toEqual({ value: 'PT4H' });
    expect(inputToDuration({ amount: '52', unit: 'weeks' })).toEqual({ value: 'P52W' });
    expect(inputToDuration({ amount: '366', unit: 'days' })).toEqual({ value: 'P366D' });
    expect(inputToDuration({ amount: '0', unit: 'days' })).toEqual({ error: 'invalid' });
    expect(inputToDuration({ amount: '1.5', unit: 'days' })).toEqual({ error: 'invalid' });
    expect(inputToDuration({ amount: '-1', unit: 'days' })).toEqual({ error: 'invalid' });
    expect(inputToDuration({ amount: '53', unit: 'weeks' })).toEqual({ error: 'too_long' });
    expect(inputToDuration({ amount: '367', unit: 'days' })).toEqual({ error: 'too_long' });
  });

  it('says a target in words, in Swedish and English', async () => {
    const sv = i18n.getFixedT('sv');
    expect(durationWords('P2D', sv)).toBe('2 dagar');
    expect(durationWords('P1D', sv)).toBe('1 dag');
    expect(durationWords('PT4H', sv)).toBe('4 timmar');
    expect(durationWords('PT1H', sv)).toBe('1 timme');
    expect(durationWords('P1W', sv)).toBe('1 vecka');
    expect(durationWords('P3W', sv)).toBe('3 veckor');
    expect(durationWords('PT30M', sv)).toBe('30 minuter');
    expect(durationWords('P1DT12H', sv)).toBe('1 dag och 12 timmar');
    expect(durationWords('P1DT2H30M', sv)).toBe('1 dag, 2 timmar och 30 minuter');
    expect(durationWords('nonsense', sv)).toBe('nonsense');
    const en = i18n.getFixedT('en');
    expect(durationWords('P2D', en)).toBe('2 days');
    expect(durationWords('PT1H', en)).toBe('1 hour');
    expect(durationWords('P1DT12H', en)).toBe('1 day and 12 hours');
  });
});
