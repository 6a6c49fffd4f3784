import { describe, expect, it } from 'vitest';
import { channelHref, formatPhone } from './phone';

describe('phone numbers', () => {
  it('shows a stored Swedish number as Swedes write it', () => {
    expect(formatPhone('+46850829000')).toBe('08-508 290 00');
    expect(formatPhone('+4681234567')).toBe('08-123 45 67');
    expect(formatPhone('+46701234567')).toBe('070-123 45 67');
    expect(formatPhone('+46105630000')).toBe('010-563 00 00');
    expect(formatPhone('+4631123456')).toBe('031-12 34 56');
    expect(formatPhone('+46771141414')).toBe('0771-14 14 14');
    expect(formatPhone('+4649012345')).toBe('0490-123 45');
  });

  it('leaves another country’s number, or one that is not E.164, as it is', () => {
    expect(formatPhone('+4722334455')).toBe('+4722334455');
    expect(formatPhone('08-508 290 00')).toBe('08-508 290 00');
  });

  it('links a phone to call it, an e-mail address to write, a web address to open', () => {
    expect(channelHref('phone', '+46850829000')).toBe('tel:+46850829000');
    expect(channelHref('email', 'trygghet@stockholm.se')).toBe('mailto:trygghet@stockholm.se');
    expect(channelHref('web', 'https://polisen.se')).toBe('https://polisen.se');
    expect(channelHref('web', 'javascript:alert(1)')).toBeNull();
    expect(channelHref('in_person', 'Rinkebytorget 1')).toBeNull();
  });
});
