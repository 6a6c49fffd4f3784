import { describe, expect, it } from 'vitest';
import { documentKind, stricter } from './documents';

describe('documentKind', () => {
  it('names the kind by the media type the bytes were found to be', () => {
    expect(documentKind('application/pdf', 'a.pdf')).toBe('pdf');
    expect(documentKind('image/jpeg', 'a.jpg')).toBe('jpeg');
    expect(documentKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx')).toBe('word');
    expect(documentKind('application/vnd.oasis.opendocument.spreadsheet', 'a.ods')).toBe('ods');
    expect(documentKind('application/zip', 'a.zip')).toBe('other');
  });

  it('tells plain text apart by the name’s ending', () => {
    expect(documentKind('text/plain; charset=utf-8', 'a.txt')).toBe('text');
    expect(documentKind('text/plain; charset=utf-8', 'Budget.CSV')).toBe('csv');
    expect(documentKind('text/plain', 'readme.md')).toBe('markdown');
  });
});

describe('stricter', () => {
  it('keeps the stricter classification', () => {
    expect(stricter('internal', 'restricted')).toBe('restricted');
    expect(stricter('internal', 'public')).toBe('internal');
    expect(stricter('public', 'internal')).toBe('internal');
  });
});
