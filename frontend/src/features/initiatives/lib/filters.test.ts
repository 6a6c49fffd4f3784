import { describe, expect, it } from 'vitest';
import { parseInitiativeFilters, prefillParent } from './filters';

const ID = '01900000-0000-7000-8000-0000000000a1';

describe('initiative list filters', () => {
  it('reads the filters from the URL and ignores invalid values', () => {
    expect(parseInitiativeFilters(new URLSearchParams(`area=${ID}&priority=+Unga+&status=in_progress&kind=citizen_promise&organization=${ID}`))).toEqual({
      area_id: ID,
      priority_area: 'Unga',
      status: 'in_progress',
      kind: 'citizen_promise',
      organization_id: ID,
    });
    expect(parseInitiativeFilters(new URLSearchParams('area=x&status=done&kind=other&organization=1'))).toEqual({
      area_id: null,
      priority_area: '',
      status: null,
      kind: null,
      organization_id: null,
    });
  });

  it('takes a parent id only when it is one', () => {
    expect(prefillParent(new URLSearchParams(`parent_id=${ID}`))).toBe(ID);
    expect(prefillParent(new URLSearchParams('parent_id=nope'))).toBeNull();
  });
});
