import type { SituationPicture } from '@/api/types';

export const JARVA = '01900000-0000-7000-8000-0000000000a1';
export const COUNCIL = '01900000-0000-7000-8000-0000000000c1';
export const INITIATIVE = '01900000-0000-7000-8000-0000000000b1';
export const PICTURE = '01900000-0000-7000-8000-0000000000f1';

/** An adopted situation picture of Järva whose crime mapping the caller may not read. */
export const testPicture = (overrides: Partial<SituationPicture> = {}): SituationPicture => ({
  id: PICTURE,
  area_id: JARVA,
  council_id: COUNCIL,
  period_start: '2024-01-01',
  period_end: '2025-12-31',
  title: 'Lägesbild Järva 2024–2025',
  crime_mapping: { classification: 'restricted', text: null, withheld: true },
  other_information: { classification: 'internal', text: 'Var femte känner sig otrygg.', withheld: false },
  analysis: { classification: 'public', text: 'Otryggheten hänger ihop med några platser.', withheld: false },
  problems: [
    { title: 'Nedskräpning', description: null, priority: 4, initiative_ids: [] },
    { title: 'Otrygga gångvägar', description: 'Dålig belysning.', priority: 1, initiative_ids: [INITIATIVE] },
  ],
  indicator_snapshot: [
    { indicator_id: 'i1', indicator_code: 'SST_OTRYGG', indicator_name: 'Otrygg ute sent', unit: '%', period: '2024', group: null, value: 16, n: 1800 },
    { indicator_id: 'i1', indicator_code: 'SST_OTRYGG', indicator_name: 'Otrygg ute sent', unit: '%', period: '2025', group: null, value: 15.2, n: 1800 },
  ],
  status: 'adopted',
  adopted_at: '2026-03-02T09:00:00Z',
  adopted_by_name: 'Kim Samordnare',
  replaces_id: null,
  replaced_by_id: null,
  version: 3,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-03-02T09:00:00Z',
  names: { [JARVA]: 'Järva', [COUNCIL]: 'Lokal styrgrupp Järva', [INITIATIVE]: 'Trygg i Järva' },
  allowed_actions: ['revise'],
  ...overrides,
});
