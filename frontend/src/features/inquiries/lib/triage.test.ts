import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../api/inquiries';
import { newInquiryBody, emptyNewInquiry } from './new-inquiry';
import { parseInquiryFilters, parseResponseTimeQuery } from './filters';
import { triagePatch, triageState } from './triage';

const t = (key: string) => key;
const ID = '01900000-0000-7000-8000-0000000000a1';
const ROUTE = '01900000-0000-7000-8000-0000000000b1';
const ROUTE2 = '01900000-0000-7000-8000-0000000000b2';
const ORG = '01900000-0000-7000-8000-0000000000c1';
const ORG2 = '01900000-0000-7000-8000-0000000000c2';
const PERSON = '01900000-0000-7000-8000-0000000000d1';
const OTHER = '01900000-0000-7000-8000-0000000000a2';

const inquiry = (o: Partial<Inquiry> = {}): Inquiry => ({
  id: ID,
  reference: 'ÄR-7K4M-P9QX',
  source: 'public',
  from_audience: 'resident',
  topic_id: '01900000-0000-7000-8000-0000000000e1',
  area_id: '01900000-0000-7000-8000-0000000000f1',
  message: 'Gatlampan är trasig.',
  route_id: ROUTE,
  organization_id: ORG,
  assignee_person_id: null,
  status: 'received',
  duplicate_of_id: null,
  supporters: 0,
  received_at: '2026-12-01T10:00:00Z',
  expected_at: '2026-12-04T10:00:00Z',
  first_response_at: null,
  closed_at: null,
  breached: false,
  purged_at: null,
  agenda_item_id: null,
  version: 3,
  created_at: '2026-12-01T10:00:00Z',
  updated_at: '2026-12-01T10:00:00Z',
  names: {},
  allowed_actions: ['update', 'reply'],
  ...o,
});

describe('triage: only what changed is sent', () => {
  it('sends nothing when nothing changed', () => {
    expect(triagePatch(inquiry(), triageState(inquiry()), t)).toEqual({ unchanged: true });
  });

  it('a handler moving the status sends the status alone, never the routing (403 for them)', () => {
    const i = inquiry();
    expect(triagePatch(i, { ...triageState(i), status: 'in_progress' }, t)).toEqual({ patch: { status: 'in_progress' } });
    expect(triagePatch(i, { ...triageState(i), assignee_person_id: PERSON }, t)).toEqual({ patch: { assignee_person_id: PERSON } });
  });

  it('a new route goes alone (its organisation follows) unless another organisation is chosen too', () => {
    const i = inquiry();
    expect(triagePatch(i, { ...triageState(i), route_id: ROUTE2 }, t)).toEqual({ patch: { route_id: ROUTE2 } });
    expect(triagePatch(i, { ...triageState(i), route_id: ROUTE2, organization_id: ORG2 }, t)).toEqual({ patch: { route_id: ROUTE2, organization_id: ORG2 } });
    expect(triagePatch(i, { ...triageState(i), route_id: '' }, t)).toEqual({ patch: { route_id: null } });
  });

  it('clears the assignee with null', () => {
    const i = inquiry({ assignee_person_id: PERSON, status: 'assigned' });
    expect(triagePatch(i, { ...triageState(i), assignee_person_id: '' }, t)).toEqual({ patch: { assignee_person_id: null } });
  });

  it('a duplicate names the inquiry it repeats (required, not itself)', () => {
    const i = inquiry();
    expect(triagePatch(i, { ...triageState(i), status: 'duplicate' }, t)).toEqual({ errors: { duplicate_of_id: 'inquiries.triage.duplicateRequired' } });
    expect(triagePatch(i, { ...triageState(i), status: 'duplicate', duplicate_of_id: ID }, t)).toEqual({ errors: { duplicate_of_id: 'inquiries.triage.duplicateSelf' } });
    expect(triagePatch(i, { ...triageState(i), status: 'duplicate', duplicate_of_id: OTHER }, t)).toEqual({ patch: { status: 'duplicate', duplicate_of_id: OTHER } });
    // Already a duplicate: naming another original sends both again.
    const d = inquiry({ status: 'duplicate', duplicate_of_id: OTHER });
    expect(triagePatch(d, { ...triageState(d), duplicate_of_id: ID.replace('a1', 'a3') }, t)).toEqual({
      patch: { status: 'duplicate', duplicate_of_id: ID.replace('a1', 'a3') },
    });
  });
});

describe('a partner’s inquiry', () => {
  it('checks the required fields', () => {
    expect(newInquiryBody(emptyNewInquiry(), t)).toEqual({
      errors: {
        topic_id: 'inquiries.form.topicRequired',
        area_id: 'inquiries.form.areaRequired',
        from_audience: 'inquiries.form.askerRequired',
        message: 'inquiries.form.messageRequired',
      },
    });
  });

  it('builds the body, trimmed, an empty contact as null', () => {
    const s = { topic_id: 'tp', area_id: 'ar', from_audience: 'housing_company' as const, message: '  Trappan är trasig.  ', contact: ' ' };
    expect(newInquiryBody(s, t)).toEqual({ body: { topic_id: 'tp', area_id: 'ar', from_audience: 'housing_company', message: 'Trappan är trasig.', contact: null } });
    expect(newInquiryBody({ ...s, contact: 'fastighet@bolag.se' }, t)).toMatchObject({ body: { contact: 'fastighet@bolag.se' } });
    expect(newInquiryBody({ ...s, message: 'x'.repeat(5001) }, t)).toEqual({ errors: { message: 'forms.errors.too_long' } });
  });
});

describe('filters from the URL', () => {
  it('reads the inbox filters, ignoring what is not valid', () => {
    const p = new URLSearchParams(`status=in_progress&open=true&topic=${ID}&area=nope&organization=${ORG}&assignee=${PERSON}&breached=false&source=open311`);
    expect(parseInquiryFilters(p)).toEqual({
      status: 'in_progress',
      open: true,
      topic_id: ID,
      area_id: null,
      organization_id: ORG,
      assignee_person_id: PERSON,
      breached: false,
      source: 'open311',
    });
    expect(parseInquiryFilters(new URLSearchParams('status=lost&open=maybe&source=fax'))).toMatchObject({ status: null, open: null, source: null });
  });

  it('reads the report’s period and grouping (default by organisation)', () => {
    expect(parseResponseTimeQuery(new URLSearchParams('from=2026-01-01&to=2026-06-30&group_by=route'))).toEqual({ from: '2026-01-01', to: '2026-06-30', group_by: 'route' });
    expect(parseResponseTimeQuery(new URLSearchParams('from=januari&group_by=person'))).toEqual({ from: null, to: null, group_by: 'organization' });
  });
});
