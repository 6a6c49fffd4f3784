import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { testPicture } from '../testing';
import { clientErrors, emptyProblem, emptyState, situationBody, stateFrom, uncopiedParts } from './form';
import { toPatch } from '../api/situation-pictures';

const t = i18n.getFixedT('sv');

describe('the situation picture form', () => {
  it('starts a new picture in the area of the URL, this year, every part internal', () => {
    const s = emptyState({ area_id: 'a', year: 2026 });
    expect(s).toMatchObject({ area_id: 'a', period_start: '2026-01-01', period_end: '2026-12-31', problems: [], replaces_id: null });
    expect(s.crime_mapping).toEqual({ text: '', classification: 'internal', withheld: false });
  });

  it('checks what it can before sending, each error at its field', () => {
    const s = { ...emptyState(), period_start: '2026-06-01', period_end: '2026-01-01', problems: [emptyProblem()] };
    expect(clientErrors(s, t)).toEqual({
      title: 'Skriv en rubrik.',
      area_id: 'Välj ett område.',
      council_id: 'Välj ett råd.',
      period_end: 'Slutdatumet ligger före startdatumet.',
      'problems[0].title': 'Skriv en rubrik för problemet.',
    });
  });

  it('edits a draft without sending the part the caller may not read', () => {
    const draft = testPicture({ status: 'draft', allowed_actions: ['update'] });
    const s = stateFrom(draft);
    expect(s.crime_mapping.withheld).toBe(true);
    // The problems in order of priority.
    expect(s.problems.map((p) => [p.title, p.priority])).toEqual([
      ['Otrygga gångvägar', '1'],
      ['Nedskräpning', '4'],
    ]);
    const body = situationBody({ ...s, analysis: { ...s.analysis, text: '  ' } });
    expect(body).not.toHaveProperty('crime_mapping');
    expect(body).not.toHaveProperty('crime_mapping_classification');
    expect(body.analysis).toBeNull();
    expect(body.analysis_classification).toBe('public');
    expect(body.problems).toEqual([
      { title: 'Otrygga gångvägar', description: 'Dålig belysning.', priority: 1, initiative_ids: [draft.problems[1].initiative_ids![0]] },
      { title: 'Nedskräpning', description: null, priority: 4, initiative_ids: [] },
    ]);
    // The patch leaves out what is fixed at creation.
    const patch = toPatch(body);
    expect(patch).not.toHaveProperty('area_id');
    expect(patch).not.toHaveProperty('council_id');
    expect(patch).not.toHaveProperty('replaces_id');
  });

  it('copies an adopted picture into a new version, leaving empty the part it could not read', () => {
    const adopted = testPicture();
    const s = stateFrom(adopted, { revise: true });
    expect(s.replaces_id).toBe(adopted.id);
    expect(s.crime_mapping).toEqual({ text: '', classification: 'restricted', withheld: false });
    expect(uncopiedParts(adopted)).toEqual(['crime_mapping']);
    expect(situationBody(s)).toMatchObject({ replaces_id: adopted.id, crime_mapping: null, other_information: 'Var femte känner sig otrygg.' });
  });
});
