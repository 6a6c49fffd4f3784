/**
 * Calendar feeds (.ics): a council's calendar for logged-in users (fetched with the token and saved
 * as a file), the public feed of a public council (an address anyone may subscribe to), and the
 * helpers to offer an address to a calendar app.
 */
import { api } from './api-client';
import { unwrap } from './problem';

/** The public feed of a public council, as an absolute address (what a calendar app subscribes to). */
export function publicCalendarUrl(councilId: string, origin = window.location.origin): string {
  return `${origin}/api/v1/public/councils/${encodeURIComponent(councilId)}/calendar.ics`;
}

/** The same address for "open in the calendar app": `webcal://` instead of `http(s)://`. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}

/**
 * The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` before `filename="…"`),
 * or `fallback`. Characters a file system refuses are replaced; the name always ends in `.ics`.
 */
export function icsFilename(disposition: string | null | undefined, fallback: string): string {
  let name: string | null = null;
  if (disposition) {
    const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
    if (star) {
      try {
        name = decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
      } catch {
        name = null;
      }
    }
    if (!name) {
      const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(disposition);
      if (plain) name = (plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1').trim();
    }
  }
  const safe =
    [...(name || fallback)]
      .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
      .join('')
      .trim() || 'kalender';
  return /\.ics$/i.test(safe) ? safe : `${safe}.ics`;
}

/** A council's calendar (`GET /councils/{id}/calendar.ics`, with the login) as a file and its name. */
export async function fetchCouncilCalendar(councilId: string, fallbackName: string): Promise<{ blob: Blob; filename: string }> {
  const result = await api.GET('/api/v1/councils/{id}/calendar.ics', { params: { path: { id: councilId } }, parseAs: 'blob' });
  const blob = unwrap(result) as Blob;
  return { blob, filename: icsFilename(result.response.headers.get('Content-Disposition'), fallbackName) };
}
