import { CommentRequired, InvalidTransition, RoleNotAllowed, SelfApproval } from './draft.errors';
import { checkEditable, transition } from './workflow';

const officer = { id: 'u-officer', name: 'Lò Thị Mai', roles: ['press-officer'] };
const lead = { id: 'u-lead', name: 'Cầm Văn Nam', roles: ['press-lead'] };
const both = { id: 'u-both', name: 'Vi Đức Thọ', roles: ['press-officer', 'press-lead', 'admin'] };
const to = (r: { to: string }) => r.to;

describe('editorial workflow', () => {
  it('goes draft → in review → approved → published, naming the role each step was taken in', () => {
    expect(transition('draft', 'submit', officer)).toEqual({ to: 'in_review', role: 'press-officer' });
    expect(transition('in_review', 'approve', lead, undefined, officer.id)).toEqual({
      to: 'approved',
      role: 'press-lead',
    });
    expect(to(transition('approved', 'publish', lead))).toBe('published');
  });

  it('lets only a press lead approve, reject or publish (admin is not an editor)', () => {
    expect(() => transition('in_review', 'approve', officer)).toThrow(RoleNotAllowed);
    expect(() => transition('approved', 'publish', officer)).toThrow(RoleNotAllowed);
    expect(() => transition('approved', 'publish', { id: 'a', name: 'Quản trị', roles: ['admin'] })).toThrow(
      RoleNotAllowed,
    );
  });

  it('four eyes: the submitter cannot approve their own draft, even as a press lead; by id, not by name', () => {
    expect(() => transition('in_review', 'approve', both, undefined, both.id)).toThrow(SelfApproval);
    expect(() => transition('in_review', 'approve', { ...lead, name: both.name }, undefined, both.id)).not.toThrow();
    // the submitter may still send it back
    expect(to(transition('in_review', 'reject', both, 'Thiếu chức vụ', both.id))).toBe('rejected');
  });

  it('rejects with a comment only, and a rejected draft can be submitted again', () => {
    expect(() => transition('in_review', 'reject', lead, '  ')).toThrow(CommentRequired);
    expect(to(transition('in_review', 'reject', lead, 'Thiếu chức vụ'))).toBe('rejected');
    expect(to(transition('rejected', 'submit', officer))).toBe('in_review');
  });

  it('refuses steps out of order', () => {
    expect(() => transition('draft', 'publish', lead)).toThrow(InvalidTransition);
    expect(() => transition('published', 'approve', lead)).toThrow(InvalidTransition);
  });

  it('never edits under review; a published draft may be edited (into a new version)', () => {
    expect(() => checkEditable('in_review', officer)).toThrow(InvalidTransition);
    expect(checkEditable('published', officer)).toBe('press-officer');
  });
});
