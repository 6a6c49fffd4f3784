import { describe, expect, it } from 'vitest';
import { retryAfterSeconds, routeAreas } from '../api/inquiries';
import { accountabilityChoices, accountabilityRows, parseAccountabilityFilters, periodMonths, shownMonth } from './accountability';
import { channelHref, channelText, mergeRoutes, openingHoursLines, phoneText } from './channels';
import { emptyPublicInquiry, formField, normalReference, placeOf, publicInquiryBody, statusPath } from './inquiry-form';
import type { AccountabilityRow, PublicContactRoute } from '../api/inquiries';

const t = (key: string) => key;
const AREA = '01900000-0000-7000-8000-0000000000a1';

describe('the public form → the request', () => {
  const filled = { ...emptyPublicInquiry(), topic: 'belysning', area_id: AREA, message: '  Lampan vid lekplatsen är trasig. ', consent: true };

  it('needs a topic, a place, a message and consent', () => {
    expect(publicInquiryBody(emptyPublicInquiry(), t)).toEqual({
      errors: {
        topic: 'publicInquiry.errors.topic',
        area_id: 'publicInquiry.errors.place',
        message: 'publicInquiry.errors.message',
        consent: 'publicInquiry.errors.consent',
      },
    });
  });

  it('sends the area, the trimmed message, no name or contact as null, consent, and the honeypot as it is', () => {
    expect(publicInquiryBody(filled, t)).toEqual({
      body: { topic: 'belysning', area_id: AREA, message: 'Lampan vid lekplatsen är trasig.', name: null, contact: null, consent: true, website: '' },
    });
    expect(publicInquiryBody({ ...filled, name: ' Anna ', contact: 'anna@example.se', website: 'http://spam' }, t)).toMatchObject({
      body: { name: 'Anna', contact: 'anna@example.se', website: 'http://spam' },
    });
  });

  it('sends the position (rounded) when no area is chosen; an area wins over a position', () => {
    const position = { lat: 59.389508549371975, lon: 17.929416040004106 };
    expect(placeOf({ area_id: '', position })).toEqual({ lat: 59.389509, lon: 17.929416 });
    expect(placeOf({ area_id: AREA, position })).toEqual({ area_id: AREA });
    expect(placeOf({ area_id: '', position: null })).toBeNull();
    expect(publicInquiryBody({ ...filled, area_id: '', position }, t)).toMatchObject({ body: { lat: 59.389509, lon: 17.929416 } });
    expect(formField('lat')).toBe('area_id');
    expect(formField('message')).toBe('message');
  });

  it('refuses what is too long', () => {
    expect(publicInquiryBody({ ...filled, message: 'x'.repeat(5001), name: 'n'.repeat(201) }, t)).toEqual({
      errors: { message: 'forms.errors.too_long', name: 'forms.errors.too_long' },
    });
  });

  it('links the status page with the reference and the token; a typed reference is tidied', () => {
    expect(statusPath('ÄR-7K4M-P9QX', 'a+b/c')).toBe('/offentligt/arende/%C3%84R-7K4M-P9QX?token=a%2Bb%2Fc');
    expect(normalReference(' är-7k4m-p9qx ')).toBe('ÄR-7K4M-P9QX');
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterSeconds('3589')).toBe(3589);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 19:15:43 GMT', Date.parse('2026-12-03T18:15:43Z'))).toBe(3600);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });
});

const route = (o: Partial<PublicContactRoute>): PublicContactRoute => ({
  id: '01900000-0000-7000-8000-000000000001',
  function: 'Stadens kontaktcenter',
  organization_id: '01900000-0000-7000-8000-0000000000c1',
  organization_name: 'Stockholms stad',
  area_ids: [],
  area_names: [],
  channels: [
    { type: 'phone', value: '+46850800508' },
    { type: 'web', value: 'https://start.stockholm/' },
  ],
  from_audience: 'resident',
  topic_id: 't1',
  topic_name_sv: 'Belysning',
  topic_name_en: 'Lighting',
  response_target: 'P5D',
  open_now: false,
  opening_hours: null,
  stale: false,
  ...o,
});

describe('the contact directory', () => {
  it('writes phone numbers the Swedish way and links every channel', () => {
    expect(phoneText('+46850800508')).toBe('08-508 005 08');
    expect(phoneText('+4611414')).toBe('114 14');
    expect(phoneText('+46701234567')).toBe('070-123 45 67');
    expect(phoneText('+4631123456')).toBe('031-123 456');
    expect(phoneText('+4520123456')).toBe('+4520123456');
    expect(channelHref({ type: 'phone', value: '+46850800508' })).toBe('tel:+46850800508');
    expect(channelHref({ type: 'email', value: 'trygghet@stockholm.se' })).toBe('mailto:trygghet@stockholm.se');
    expect(channelHref({ type: 'web', value: 'https://polisen.se/' })).toBe('https://polisen.se/');
    expect(channelHref({ type: 'web', value: 'javascript:alert(1)' })).toBeNull();
    expect(channelHref({ type: 'in_person', value: 'Rinkebytorget 1' })).toBeNull();
    expect(channelText({ type: 'web', value: 'https://start.stockholm/' })).toBe('start.stockholm');
  });

  it('merges a route listed once per topic', () => {
    const merged = mergeRoutes([
      route({ id: 'r1' }),
      route({ id: 'r2', topic_id: 't2', topic_name_sv: 'Nedskräpning', topic_name_en: 'Litter' }),
      route({ id: 'r3', function: 'Trygghetssamordnare Järva', area_ids: ['a'], area_names: ['Järva'] }),
    ]);
    expect(merged.map((e) => [e.route.function, e.topics.map((tp) => tp.name_sv)])).toEqual([
      ['Stadens kontaktcenter', ['Belysning', 'Nedskräpning']],
      ['Trygghetssamordnare Järva', ['Belysning']],
    ]);
  });

  it('says the opening hours with consecutive days together', () => {
    const day = (d: string) => d;
    const weekday = (d: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', opens = '08:00', closes = '18:00') => ({ day: d, opens, closes });
    expect(openingHoursLines({ weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => weekday(d as 'mon')) }, day)).toEqual(['mon–fri 08:00–18:00']);
    expect(
      openingHoursLines({ weekly: [weekday('mon'), weekday('tue', '08:00', '12:00'), weekday('tue', '13:00', '16:00'), weekday('wed'), weekday('sat', '10:00', '14:00')] }, day),
    ).toEqual(['mon 08:00–18:00', 'tue 08:00–12:00, 13:00–16:00', 'wed 08:00–18:00', 'sat 10:00–14:00']);
    expect(openingHoursLines(null, day)).toEqual([]);
  });

  it('takes the areas residents can choose from the routes', () => {
    expect(routeAreas([route({ area_ids: ['s', 'j'], area_names: ['Södermalm', 'Järva'] }), route({ area_ids: ['j'], area_names: ['Järva'] })])).toEqual([
      { id: 'j', name: 'Järva' },
      { id: 's', name: 'Södermalm' },
    ]);
  });
});

describe('the accountability figures', () => {
  const row = (o: Partial<AccountabilityRow>): AccountabilityRow => ({
    month: '2026-11',
    organization_id: 'o1',
    organization_name: 'Stockholms stad',
    topic_id: 't1',
    topic_name_sv: 'Belysning',
    topic_name_en: 'Lighting',
    suppressed: true,
    figures: null,
    ...o,
  });
  const rows = [
    row({ month: '2026-10' }),
    row({ topic_id: 't2', topic_name_sv: 'Avfall', topic_name_en: 'Waste' }),
    row({ organization_id: null, organization_name: null }),
    row({ organization_id: 'o2', organization_name: 'Polismyndigheten' }),
  ];

  it('shows the newest month first, then by organisation and topic, filtered', () => {
    const shown = accountabilityRows(rows, { organization: null, topic: null, month: null }, 'all', 'sv');
    expect(shown.map((r) => `${r.month} ${r.organization_name ?? '-'} ${r.topic_name_sv}`)).toEqual([
      '2026-11 - Belysning',
      '2026-11 Polismyndigheten Belysning',
      '2026-11 Stockholms stad Avfall',
      '2026-10 Stockholms stad Belysning',
    ]);
    expect(accountabilityRows(rows, { organization: 'o1', topic: 't1', month: null }, 'all', 'sv').map((r) => r.month)).toEqual(['2026-10']);
    expect(accountabilityRows(rows, { organization: 'none', topic: null, month: null }, 'all', 'sv')).toHaveLength(1);
  });

  it('offers the organisations and topics named', () => {
    const c = accountabilityChoices(rows, 'en', 'Not routed');
    expect(c.organizations.map((o) => o.name)).toEqual(['Not routed', 'Polismyndigheten', 'Stockholms stad']);
    expect(c.topics.map((o) => o.name)).toEqual(['Lighting', 'Waste']);
    expect(accountabilityRows(rows, { organization: null, topic: null, month: '2026-10' }, '2026-10', 'sv')).toHaveLength(1);
    expect(parseAccountabilityFilters(new URLSearchParams('organization=none&topic=x&month=2026-13x'))).toEqual({ organization: 'none', topic: null, month: null });
    expect(parseAccountabilityFilters(new URLSearchParams('month=all')).month).toBe('all');
  });

  it('shows the last whole month by default, every month when following an organisation or a topic', () => {
    const period = { from: '2025-12-01', to: '2026-12-03' };
    const none = { organization: null, topic: null, month: null };
    expect(shownMonth(none, period)).toBe('2026-11');
    expect(shownMonth(none, { from: '2025-12-01', to: '2026-11-30' })).toBe('2026-11');
    expect(shownMonth(none, { from: '2026-01-01', to: '2026-01-15' })).toBe('2026-01');
    expect(shownMonth(none, { from: '2025-02-01', to: '2026-01-15' })).toBe('2025-12');
    expect(shownMonth({ ...none, organization: 'o1' }, period)).toBe('all');
    expect(shownMonth({ ...none, organization: 'o1', month: '2026-05' }, period)).toBe('2026-05');
    expect(periodMonths({ from: '2025-11-15', to: '2026-02-03' })).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});
