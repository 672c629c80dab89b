import { preferredLanguage } from './language';

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb,vi;q=0.5', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,en;q=0.3', 'en'],
    ['en;q=0.4,vi;q=0.6', 'vi'],
    ['en;q=0', 'vi'],
    ['fr, de', 'vi'],
    ['*', 'vi'],
    ['vi, en', 'vi'],
    ['en, vi', 'en'],
  ] as const)('%p → %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });

  it('reads repeated headers', () => {
    expect(preferredLanguage(['fr', 'en;q=0.5'])).toBe('en');
  });
});
