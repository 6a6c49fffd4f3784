import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import type { PublicMinutes } from '../api/public';
import { PublicMeetingPage } from './PublicMeetingPage';
import { PublicMinutesPage } from './PublicMinutesPage';

const ID = '01900000-0000-7000-8000-0000000000e1';
const COUNCIL = '01900000-0000-7000-8000-0000000000c1';
const path = (req: Request) => new URL(req.url).pathname;

const minutes: PublicMinutes = {
  meeting_id: ID,
  council_id: COUNCIL,
  council_name: 'Trygghetsråd Södermalm',
  title: 'Trygghetsråd Södermalm',
  starts_at: '2027-01-12T17:00:00Z',
  location: 'Medborgarplatsen 3',
  adjusted_at: '2027-01-20T09:00:00Z',
  adjusters: ['Sofia Hedlund', 'Hassan Blom'],
  paragraphs: [
    { number: 1, title: 'Mötets öppnande', minutes_text: 'Ordföranden öppnade mötet.', result: 'noted', corrections: [] },
    {
      number: 3,
      title: 'Trygghetsvandring i stadsdelen',
      minutes_text: null,
      decision: 'Att genomföra en trygghetsvandring.',
      decision_number: 4,
      decision_year: 2027,
      result: 'decided',
      corrections: [{ text: 'Datumet rättat till den 3 februari.', created_at: '2027-01-25T10:00:00Z' }],
    },
  ],
};

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set(null);
});

describe('public minutes', () => {
  it('shows the public paragraphs by their numbers, the decision, the corrections, who adjusted and when', async () => {
    const requests = serveRequests((req) => (path(req) === `/api/v1/public/meetings/${ID}/minutes` ? json(minutes) : json({}, 404)));
    renderWithProviders(<PublicMinutesPage />, { route: `/offentligt/moten/${ID}/protokoll`, path: '/offentligt/moten/:id/protokoll', user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Protokoll: Trygghetsråd Södermalm, tis 12 jan 2027' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Paragrafer' });
    const headings = within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['§ 1 Mötets öppnande', '§ 3 Trygghetsvandring i stadsdelen']);
    expect(screen.getByText('Att genomföra en trygghetsvandring.')).toBeInTheDocument();
    expect(screen.getByText('(beslut 2027:4)')).toBeInTheDocument();
    expect(screen.getByText('Datumet rättat till den 3 februari.')).toBeInTheDocument();
    expect(screen.getByText('Sofia Hedlund, Hassan Blom')).toBeInTheDocument();
    expect(screen.getByText('2027-01-20')).toHaveAttribute('datetime', '2027-01-20T09:00:00Z');
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });

  it('says minutes not (yet) public are not here, with a way back to the public meetings, not to the app', async () => {
    serveRequests(() => json({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, 404));
    renderWithProviders(<PublicMinutesPage />, { route: `/offentligt/moten/${ID}/protokoll`, path: '/offentligt/moten/:id/protokoll', user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
    expect(screen.getByText(/Det visas först när det är justerat/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alla offentliga möten' })).toHaveAttribute('href', '/offentligt/moten');
  });
});

describe('public meeting', () => {
  it('shows when, where and the link to the minutes when they can be read; no online link, no description', async () => {
    serveRequests(() =>
      json({
        id: ID,
        council_id: COUNCIL,
        council_name: 'Trygghetsråd Södermalm',
        title: 'Trygghetsråd Södermalm',
        starts_at: '2027-01-12T17:00:00Z',
        ends_at: '2027-01-12T18:30:00Z',
        location: 'Medborgarplatsen 3',
        mode: 'in_person',
        status: 'minutes_adjusted',
        cancel_reason: null,
        minutes_available: true,
      }),
    );
    renderWithProviders(<PublicMeetingPage />, { route: `/offentligt/moten/${ID}`, path: '/offentligt/moten/:id', user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Trygghetsråd Södermalm, tis 12 jan 2027' })).toBeInTheDocument();
    expect(screen.getByText('tisdag 12 januari 2027 kl. 18:00–19:30')).toBeInTheDocument();
    expect(screen.getByText('Medborgarplatsen 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Läs protokollet' })).toHaveAttribute('href', `/offentligt/moten/${ID}/protokoll`);
    expect(screen.getByRole('link', { name: 'Trygghetsråd Södermalm' })).toHaveAttribute('href', `/offentligt/moten?council=${COUNCIL}`);
    expect(screen.getByText('Prenumerera på kalendern för Trygghetsråd Södermalm')).toBeInTheDocument();
  });
});
