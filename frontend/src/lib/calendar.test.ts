import { describe, expect, it } from 'vitest';
import { icsFilename, publicCalendarUrl, webcalUrl } from './calendar';

describe('calendar feeds', () => {
  it('builds a public council’s feed address and its webcal form', () => {
    const url = publicCalendarUrl('01900000-0000-7000-8000-0000000000c1', 'https://samverkan.example.se');
    expect(url).toBe('https://samverkan.example.se/api/v1/public/councils/01900000-0000-7000-8000-0000000000c1/calendar.ics');
    expect(webcalUrl(url)).toBe('webcal://samverkan.example.se/api/v1/public/councils/01900000-0000-7000-8000-0000000000c1/calendar.ics');
    expect(webcalUrl('http://127.0.0.1:8093/x.ics')).toBe('webcal://127.0.0.1:8093/x.ics');
  });

  it('takes the file name from Content-Disposition, the UTF-8 one first', () => {
    expect(icsFilename('inline; filename="Trygghetsrad Ostermalm.ics"; filename*=UTF-8\'\'Trygghetsr%C3%A5d%20%C3%96stermalm.ics', 'x')).toBe(
      'Trygghetsråd Östermalm.ics',
    );
    expect(icsFilename('inline; filename="Lokal styrgrupp.ics"', 'x')).toBe('Lokal styrgrupp.ics');
    expect(icsFilename('inline; filename=plain.ics', 'x')).toBe('plain.ics');
  });

  it('falls back to the council’s name, safe for a file system, always .ics', () => {
    expect(icsFilename(null, 'Råd 1/2: "Norr"')).toBe('Råd 1_2_ _Norr_.ics');
    expect(icsFilename('inline', '')).toBe('kalender.ics');
    expect(icsFilename("inline; filename*=UTF-8''%E0%A4%A", 'Fallback')).toBe('Fallback.ics');
  });
});
