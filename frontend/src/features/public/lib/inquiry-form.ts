import type { NewPublicInquiry, Place } from '../api/inquiries';

/** The public form as typed. `position` is the resident's position when they chose to use it. */
export interface PublicInquiryState {
  topic: string;
  /** An area id, or '' (none chosen, or the position is used instead). */
  area_id: string;
  position: { lat: number; lon: number } | null;
  message: string;
  name: string;
  contact: string;
  consent: boolean;
  /** The honeypot: a field people never see. Left empty by people; a bot filling it is refused by the API. */
  website: string;
}

export const emptyPublicInquiry = (): PublicInquiryState => ({
  topic: '',
  area_id: '',
  position: null,
  message: '',
  name: '',
  contact: '',
  consent: false,
  website: '',
});

export const MESSAGE_MAX = 5000;
export const LINE_MAX = 200;

/** Where the concern is, as the API takes it: the area chosen, else the position; null when neither. */
export function placeOf(s: Pick<PublicInquiryState, 'area_id' | 'position'>): Place | null {
  if (s.area_id) return { area_id: s.area_id };
  if (s.position) return { lat: round(s.position.lat), lon: round(s.position.lon) };
  return null;
}

/** Six decimals (about 10 cm) are all a position needs; more says nothing and only adds noise. */
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Checks the form and builds `POST /public/inquiries`'s body, or the errors by API field name (the
 * place's under `area_id`). Name and contact are optional; consent is required. The honeypot goes as
 * it is (empty for people).
 */
export function publicInquiryBody(s: PublicInquiryState, t: (key: string) => string): { body: NewPublicInquiry } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const message = s.message.trim();
  const name = s.name.trim();
  const contact = s.contact.trim();
  const place = placeOf(s);
  if (!s.topic) errors.topic = t('publicInquiry.errors.topic');
  if (!place) errors.area_id = t('publicInquiry.errors.place');
  if (!message) errors.message = t('publicInquiry.errors.message');
  else if (message.length > MESSAGE_MAX) errors.message = t('forms.errors.too_long');
  if (name.length > LINE_MAX) errors.name = t('forms.errors.too_long');
  if (contact.length > LINE_MAX) errors.contact = t('forms.errors.too_long');
  if (!s.consent) errors.consent = t('publicInquiry.errors.consent');
  if (Object.keys(errors).length > 0 || !place) return { errors };
  return {
    body: {
      topic: s.topic,
      ...place,
      message,
      name: name || null,
      contact: contact || null,
      consent: true,
      website: s.website,
    },
  };
}

/** The API's field for the form's: a point outside every neighbourhood is refused at `lat`/`lon`, shown at the place. */
export const formField = (field: string) => (field === 'lat' || field === 'lon' ? 'area_id' : field);

/** The status page's address for a receipt: the reference in the path, the token in the query. */
export function statusPath(reference: string, token: string): string {
  return `/offentligt/arende/${encodeURIComponent(reference)}?token=${encodeURIComponent(token)}`;
}

/** A reference as people type it: trimmed, upper case, "ÄR" kept (the API also takes it without the Ä: "AR-…"). */
export function normalReference(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, '');
}
