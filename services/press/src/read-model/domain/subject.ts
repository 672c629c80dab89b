/**
 * What drafts are written about: a conference (its award announcement and report) or a covenant
 * (its signing news). The read model answers which subjects an event concerns.
 */
export type SubjectKind = 'conference' | 'covenant';

export interface Subject {
  kind: SubjectKind;
  id: string;
}

export const conferenceSubject = (id: string): Subject => ({ kind: 'conference', id });
export const covenantSubject = (id: string): Subject => ({ kind: 'covenant', id });
