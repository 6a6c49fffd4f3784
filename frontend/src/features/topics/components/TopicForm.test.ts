import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { topicBody } from './TopicForm';

const sv = i18n.getFixedT('sv');

describe('a topic’s form', () => {
  it('sends the code and both names trimmed', () => {
    expect(topicBody({ code: ' gatubelysning ', name_sv: ' Gatubelysning ', name_en: 'Street lighting', is_public: true }, sv, false)).toEqual({
      body: { code: 'gatubelysning', name_sv: 'Gatubelysning', name_en: 'Street lighting', is_public: true },
    });
  });

  it('takes a code of lower-case letters, digits and hyphens only, and never checks it when editing', () => {
    const bad = topicBody({ code: 'Gatu belysning', name_sv: 'x', name_en: 'y', is_public: false }, sv, false);
    expect('errors' in bad && bad.errors).toEqual({ code: 'Koden får bara innehålla små bokstäver a–z, siffror och bindestreck (högst 50 tecken).' });
    expect('body' in topicBody({ code: 'belysning', name_sv: 'x', name_en: 'y', is_public: false }, sv, true)).toBe(true);
    const empty = topicBody({ code: '', name_sv: ' ', name_en: '', is_public: false }, sv, false);
    expect('errors' in empty && Object.keys(empty.errors).sort()).toEqual(['code', 'name_en', 'name_sv']);
  });
});
