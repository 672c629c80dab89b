import fc from 'fast-check';
import { cleanText } from './clean-text';

// The copies this function replaced, as the services wrote them: agenda (segments, venues)
// collapsed then trimmed; awards, invitations (guests, invitations) and covenants trimmed then
// collapsed. Both orders give the same text: `\s` and trim() know the same whitespace.
const collapseThenTrim = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const trimThenCollapse = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

describe('cleanText', () => {
  it('composes to NFC', () => {
    expect(cleanText('Nguye\u0302\u0303n Tha\u0301i Hu\u031Bng')).toBe('Nguyễn Thái Hưng');
  });

  it('collapses every run of whitespace to one space and trims both ends', () => {
    expect(cleanText('  Sở   Y tế  ')).toBe('Sở Y tế');
    expect(cleanText('Ủy ban\tnhân dân\r\ntỉnh\nSơn La')).toBe('Ủy ban nhân dân tỉnh Sơn La');
    // no-break, ideographic, em/en quad and line separators, and a BOM pasted from Word or a PDF
    expect(cleanText('\uFEFF\u00A0Hội\u00A0\u3000nghị\u2000tổng\u2001kết\u2028\u2029')).toBe('Hội nghị tổng kết');
  });

  it('leaves nothing of text that is only whitespace', () => {
    expect(cleanText('')).toBe('');
    expect(cleanText(' \t\n\u00A0 ')).toBe('');
  });

  it('keeps what is not whitespace: punctuation, abbreviations, quotes', () => {
    expect(cleanText(' UBND tỉnh,  “Dân vận khéo” ')).toBe('UBND tỉnh, “Dân vận khéo”');
  });

  it('is what each former copy returned, for any text', () => {
    const whitespace = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00A0',
      '\u2000',
      '\u2001',
      '\u3000',
      '\uFEFF',
      '\u2028',
      '\u0301',
      '\u0302',
    );
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3 }), whitespace), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const cleaned = cleanText(s);
        expect(cleaned).toBe(collapseThenTrim(s));
        expect(cleaned).toBe(trimThenCollapse(s));
        expect(cleanText(cleaned)).toBe(cleaned);
      }),
      { numRuns: 2000 },
    );
  });
});
