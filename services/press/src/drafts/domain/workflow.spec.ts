import { CommentRequired, InvalidTransition, RoleNotAllowed } from './draft.errors';
import { checkEditable, transition } from './workflow';

const officer = { name: 'Lò Thị Mai', role: 'press-officer' as const };
const lead = { name: 'Cầm Văn Nam', role: 'press-lead' as const };

describe('editorial workflow', () => {
  it('goes draft → in review → approved → published', () => {
    expect(transition('draft', 'submit', officer)).toBe('in_review');
    expect(transition('in_review', 'approve', lead)).toBe('approved');
    expect(transition('approved', 'publish', lead)).toBe('published');
  });

  it('lets only a press lead approve, reject or publish', () => {
    expect(() => transition('in_review', 'approve', officer)).toThrow(RoleNotAllowed);
    expect(() => transition('approved', 'publish', officer)).toThrow(RoleNotAllowed);
  });

  it('rejects with a comment only, and a rejected draft can be submitted again', () => {
    expect(() => transition('in_review', 'reject', lead, '  ')).toThrow(CommentRequired);
    expect(transition('in_review', 'reject', lead, 'Thiếu chức vụ')).toBe('rejected');
    expect(transition('rejected', 'submit', officer)).toBe('in_review');
  });

  it('refuses steps out of order', () => {
    expect(() => transition('draft', 'publish', lead)).toThrow(InvalidTransition);
    expect(() => transition('published', 'approve', lead)).toThrow(InvalidTransition);
  });

  it('never edits under review; a published draft may be edited (into a new version)', () => {
    expect(() => checkEditable('in_review', officer)).toThrow(InvalidTransition);
    expect(() => checkEditable('published', officer)).not.toThrow();
  });
});
