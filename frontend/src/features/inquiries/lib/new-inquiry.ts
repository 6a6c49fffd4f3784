import type { Errors } from '@/components/ui/form';
import type { FromAudience } from '@/lib/inquiry-time';
import type { NewInquiry } from '../api/inquiries';

/** A partner's inquiry as typed: ids '' for none. */
export interface NewInquiryState {
  topic_id: string;
  area_id: string;
  from_audience: FromAudience | '';
  message: string;
  contact: string;
}

export const emptyNewInquiry = (): NewInquiryState => ({ topic_id: '', area_id: '', from_audience: '', message: '', contact: '' });

export const MESSAGE_MAX = 5000;
export const LINE_MAX = 200;

/** Checks the form and builds `POST /inquiries`'s body, or the errors by API field name. */
export function newInquiryBody(s: NewInquiryState, t: (key: string) => string): { body: NewInquiry } | { errors: Errors } {
  const errors: Errors = {};
  const message = s.message.trim();
  const contact = s.contact.trim();
  if (!s.topic_id) errors.topic_id = t('inquiries.form.topicRequired');
  if (!s.area_id) errors.area_id = t('inquiries.form.areaRequired');
  if (!s.from_audience) errors.from_audience = t('inquiries.form.askerRequired');
  if (!message) errors.message = t('inquiries.form.messageRequired');
  else if (message.length > MESSAGE_MAX) errors.message = t('forms.errors.too_long');
  if (contact.length > LINE_MAX) errors.contact = t('forms.errors.too_long');
  if (Object.keys(errors).length > 0 || !s.from_audience) return { errors };
  return { body: { topic_id: s.topic_id, area_id: s.area_id, from_audience: s.from_audience, message, contact: contact || null } };
}
