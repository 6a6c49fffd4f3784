import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name to the ASCII fallback', () => {
    expect(fileNameFromDisposition(`attachment; filename="halsning aa.txt"; filename*=UTF-8''h%C3%A4lsning%20%C3%A5%C3%A4.txt`)).toBe('hälsning åä.txt');
  });

  it('reads a plain name, quoted or not', () => {
    expect(fileNameFromDisposition('attachment; filename="t.pdf"')).toBe('t.pdf');
    expect(fileNameFromDisposition('attachment; filename=t.pdf')).toBe('t.pdf');
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".pdf"')).toBe('a "b".pdf');
  });

  it('falls back to the plain name when the extended one is malformed, and is null without a name', () => {
    expect(fileNameFromDisposition(`attachment; filename="x.pdf"; filename*=UTF-8''%E0%A4%A.pdf`)).toBe('x.pdf');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
