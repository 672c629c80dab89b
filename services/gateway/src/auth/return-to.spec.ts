import { safeReturnTo } from './return-to';

describe('returnTo after sign-in', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('/hoi-nghi/12?tab=khach#moi')).toBe('/hoi-nghi/12?tab=khach#moi');
  });

  it.each(['https://evil.example', '//evil.example/x', '/\\evil.example', 'evil', '/a\nb', '/a\\b', ['/x']])(
    'refuses %p (open redirect)',
    (v) => expect(safeReturnTo(v)).toBeUndefined(),
  );
});
