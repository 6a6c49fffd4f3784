/**
 * The route editor's state, its checks and the request body it sends (`NewContactRoute`; the edit
 * page sends the same as a patch), and where the server's field errors are shown.
 */
import type { Channel, ChannelType, ContactRoute, FromAudience, NewContactRoute, RouteAudience } from '@/api/types';
import type { Errors } from '@/components/ui/form';
import { durationToInput, inputToDuration, type DurationInput } from './duration';
import { exceptionRows, openingHoursBody, weeklyRows, type ExceptionRow, type WeeklyRow } from './opening-hours';

export const CHANNEL_TYPES: readonly ChannelType[] = ['phone', 'email', 'web', 'in_person'];

export interface ChannelRow {
  key: number;
  type: ChannelType;
  value: string;
  note: string;
}

let rowKey = 0;
export const newChannelRow = (type: ChannelType = 'phone', value = '', note = ''): ChannelRow => ({ key: ++rowKey, type, value, note });

export interface RouteFormState {
  from_audience: FromAudience | '';
  organization_id: string;
  function: string;
  topic_id: string;
  area_ids: string[];
  channels: ChannelRow[];
  weekly: WeeklyRow[];
  exceptions: ExceptionRow[];
  response: DurationInput;
  backup_route_id: string;
  escalation_route_id: string;
  audience: RouteAudience;
  valid_from: string;
  valid_to: string;
  note: string;
}

/** The form's state for a route to edit, or for a new one (one empty phone row, internal). */
export function routeState(r?: ContactRoute): RouteFormState {
  return {
    from_audience: r?.from_audience ?? '',
    organization_id: r?.organization_id ?? '',
    function: r?.function ?? '',
    topic_id: r?.topic_id ?? '',
    area_ids: r?.area_ids ?? [],
    channels: r ? r.channels.map((c) => newChannelRow(c.type, c.value, c.note ?? '')) : [newChannelRow()],
    weekly: weeklyRows(r?.opening_hours),
    exceptions: exceptionRows(r?.opening_hours),
    response: durationToInput(r?.response_target),
    backup_route_id: r?.backup_route_id ?? '',
    escalation_route_id: r?.escalation_route_id ?? '',
    audience: r?.audience ?? 'internal',
    valid_from: r?.valid_from ?? '',
    valid_to: r?.valid_to ?? '',
    note: r?.note ?? '',
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Checks the form and builds the request body, or returns the errors (by API field name). */
export function routeBody(s: RouteFormState, t: Translate): { body: NewContactRoute } | { errors: Errors } {
  const errors: Errors = {};
  if (!s.from_audience) errors.from_audience = t('contactRoutes.form.fromRequired');
  if (!s.organization_id) errors.organization_id = t('contactRoutes.form.organizationRequired');
  if (!s.function.trim()) errors.function = t('contactRoutes.form.functionRequired');
  if (!s.topic_id) errors.topic_id = t('contactRoutes.form.topicRequired');
  if (s.channels.length === 0) errors.channels = t('contactRoutes.form.channelsRequired');
  s.channels.forEach((c, i) => {
    if (!c.value.trim()) errors[`channels[${i}].value`] = t('contactRoutes.form.channelValueRequired');
  });
  const opening_hours = openingHoursBody(s.weekly, s.exceptions, t, errors);
  const response = inputToDuration(s.response);
  if ('error' in response) errors.response_target = t(response.error === 'too_long' ? 'contactRoutes.form.responseTooLong' : 'contactRoutes.form.responseInvalid');
  if (s.valid_from && s.valid_to && s.valid_to < s.valid_from) errors.valid_to = t('contactRoutes.form.validToBeforeFrom');
  if (Object.keys(errors).length > 0) return { errors };
  const channels: Channel[] = s.channels.map((c) => ({ type: c.type, value: c.value.trim(), note: c.note.trim() || null }));
  return {
    body: {
      from_audience: s.from_audience as FromAudience,
      organization_id: s.organization_id,
      function: s.function.trim(),
      topic_id: s.topic_id,
      area_ids: s.area_ids,
      channels,
      opening_hours,
      response_target: 'value' in response ? response.value : null,
      backup_route_id: s.backup_route_id || null,
      escalation_route_id: s.escalation_route_id || null,
      audience: s.audience,
      valid_from: s.valid_from || null,
      valid_to: s.valid_to || null,
      note: s.note.trim() || null,
    },
  };
}

/** The fields with a control of their own, and the i18n key of each one's label. */
export const ROUTE_FIELDS: Record<string, string> = {
  from_audience: 'contactRoutes.fields.from',
  organization_id: 'contactRoutes.fields.organization',
  function: 'contactRoutes.fields.function',
  topic_id: 'contactRoutes.fields.topic',
  area_ids: 'contactRoutes.fields.areas',
  channels: 'contactRoutes.fields.channels',
  opening_hours: 'contactRoutes.fields.openingHours',
  response_target: 'contactRoutes.fields.responseTarget',
  backup_route_id: 'contactRoutes.fields.backup',
  escalation_route_id: 'contactRoutes.fields.escalation',
  audience: 'contactRoutes.fields.audience',
  valid_from: 'contactRoutes.fields.validFrom',
  valid_to: 'contactRoutes.fields.validTo',
  note: 'contactRoutes.fields.note',
};

export const CHANNEL_FIELD = /^channels\[(\d+)\]\.(type|value|note)$/;
export const WEEKLY_FIELD = /^opening_hours\.weekly\[(\d+)\]\.(day|opens|closes)$/;
export const EXCEPTION_FIELD = /^opening_hours\.exceptions\[(\d+)\]\.(date|opens|closes|note)$/;

export const isKnownRouteField = (f: string) => f in ROUTE_FIELDS || CHANNEL_FIELD.test(f) || WEEKLY_FIELD.test(f) || EXCEPTION_FIELD.test(f);

/**
 * A server field name → the control that shows it: a row's own error (`channels[0]`,
 * `opening_hours.weekly[1]`) at its first field, an area's at the areas, the opening hours' as a whole
 * at their fieldset.
 */
export function mapRouteField(field: string): string {
  if (/^area_ids(\[\d+\])?$/.test(field)) return 'area_ids';
  if (/^channels\[\d+\]$/.test(field)) return `${field}.value`;
  if (/^opening_hours\.weekly\[\d+\]$/.test(field)) return `${field}.opens`;
  if (/^opening_hours\.exceptions\[\d+\]$/.test(field)) return `${field}.opens`;
  if (/^opening_hours(\.weekly|\.exceptions)?$/.test(field)) return 'opening_hours';
  return field;
}
