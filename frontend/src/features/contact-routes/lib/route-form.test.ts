import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { ContactRoute } from '@/api/types';
import { newExceptionRow, newWeeklyRow } from './opening-hours';
import { isKnownRouteField, mapRouteField, newChannelRow, routeBody, routeState } from './route-form';

const sv = i18n.getFixedT('sv');

const ORG = '01900000-0000-7000-8000-0000000000a1';
const TOPIC = '01900000-0000-7000-8000-0000000000b1';
const AREA = '01900000-0000-7000-8000-0000000000c1';
const BACKUP = '01900000-0000-7000-8000-0000000000d1';

const route: ContactRoute = {
  id: '01900000-0000-7000-8000-0000000000e1',
  from_audience: 'housing_company',
  organization_id: ORG,
  function: 'Kommunpolis Järva',
  topic_id: TOPIC,
  area_ids: [AREA],
  channels: [
    { type: 'phone', value: '+46850829000', note: 'Växeln' },
    { type: 'email', value: 'kommunpolis.jarva@polisen.se', note: null },
  ],
  opening_hours: { weekly: [{ day: 'mon', opens: '08:00', closes: '16:30' }], exceptions: [{ date: '2026-12-24', opens: null, closes: null, note: 'Julafton' }] },
  open_now: null,
  response_target: 'P1DT12H',
  backup_route_id: BACKUP,
  escalation_route_id: null,
  audience: 'public',
  valid_from: '2026-01-01',
  valid_to: null,
  last_verified_at: '2026-11-13T18:14:01Z',
  last_verified_by: 'Samordnare Demo',
  stale: false,
  note: 'Vardagar',
  version: 4,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: ['update', 'verify'],
};

describe('the route editor', () => {
  it('starts a new route with one empty phone row, internal, no hours', () => {
    const s = routeState();
    expect(s.channels).toEqual([expect.objectContaining({ type: 'phone', value: '', note: '' })]);
    expect(s.audience).toBe('internal');
    expect(s.weekly).toEqual([]);
    expect(s.response).toEqual({ amount: '', unit: 'days' });
  });

  it('sends back what it was opened with (a stored route round-trips, 1 day 12 hours as 36 hours)', () => {
    const checked = routeBody(routeState(route), sv);
    expect(checked).toEqual({
      body: {
        from_audience: 'housing_company',
        organization_id: ORG,
        function: 'Kommunpolis Järva',
        topic_id: TOPIC,
        area_ids: [AREA],
        channels: [
          { type: 'phone', value: '+46850829000', note: 'Växeln' },
          { type: 'email', value: 'kommunpolis.jarva@polisen.se', note: null },
        ],
        opening_hours: {
          weekly: [{ day: 'mon', opens: '08:00', closes: '16:30' }],
          exceptions: [{ date: '2026-12-24', opens: null, closes: null, note: 'Julafton' }],
        },
        response_target: 'PT36H',
        backup_route_id: BACKUP,
        escalation_route_id: null,
        audience: 'public',
        valid_from: '2026-01-01',
        valid_to: null,
        note: 'Vardagar',
      },
    });
  });

  it('builds a new route: phone as typed (the API stores E.164), trimmed text, blanks as null', () => {
    const s = {
      ...routeState(),
      from_audience: 'housing_company' as const,
      organization_id: ORG,
      function: '  Trygghetsvärdar Järva ',
      topic_id: TOPIC,
      channels: [newChannelRow('phone', ' 08-508 290 00 ', '  ')],
      weekly: [newWeeklyRow('mon', '08:00', '16:30')],
      exceptions: [newExceptionRow('2026-12-24')],
      response: { amount: '2', unit: 'days' as const },
    };
    const checked = routeBody(s, sv);
    expect('body' in checked && checked.body).toEqual({
      from_audience: 'housing_company',
      organization_id: ORG,
      function: 'Trygghetsvärdar Järva',
      topic_id: TOPIC,
      area_ids: [],
      channels: [{ type: 'phone', value: '08-508 290 00', note: null }],
      opening_hours: { weekly: [{ day: 'mon', opens: '08:00', closes: '16:30' }], exceptions: [{ date: '2026-12-24', opens: null, closes: null, note: null }] },
      response_target: 'P2D',
      backup_route_id: null,
      escalation_route_id: null,
      audience: 'internal',
      valid_from: null,
      valid_to: null,
      note: null,
    });
  });

  it('names what is missing or wrong by API field, before calling the server', () => {
    const s = {
      ...routeState(),
      channels: [newChannelRow('email', ' ')],
      weekly: [newWeeklyRow('tue', '17:00', '16:00')],
      response: { amount: '0', unit: 'hours' as const },
      valid_from: '2027-01-01',
      valid_to: '2026-01-01',
    };
    const checked = routeBody(s, sv);
    expect('errors' in checked && Object.keys(checked.errors).sort()).toEqual(
      [
        'channels[0].value',
        'from_audience',
        'function',
        'opening_hours.weekly[0].closes',
        'organization_id',
        'response_target',
        'topic_id',
        'valid_to',
      ].sort(),
    );
    const none = routeBody({ ...routeState(), channels: [] }, sv);
    expect('errors' in none && none.errors.channels).toBe('Lägg till minst en kanal.');
  });

  it('shows the server’s errors at their controls', () => {
    expect(mapRouteField('channels[0].value')).toBe('channels[0].value');
    expect(mapRouteField('channels[2]')).toBe('channels[2].value');
    expect(mapRouteField('opening_hours.weekly[1].closes')).toBe('opening_hours.weekly[1].closes');
    expect(mapRouteField('opening_hours.exceptions[0]')).toBe('opening_hours.exceptions[0].opens');
    expect(mapRouteField('opening_hours.weekly')).toBe('opening_hours');
    expect(mapRouteField('area_ids[3]')).toBe('area_ids');
    expect(mapRouteField('escalation_route_id')).toBe('escalation_route_id');
    for (const f of ['channels[0].value', 'opening_hours.weekly[1].closes', 'opening_hours.exceptions[0].note', 'backup_route_id', 'response_target', 'channels']) {
      expect(isKnownRouteField(f), f).toBe(true);
    }
    expect(isKnownRouteField('last_verified_at')).toBe(false);
  });
});
