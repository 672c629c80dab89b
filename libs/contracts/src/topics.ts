/** Topic per aggregate type (docs/design.md#events-and-topics). Each has a dead-letter twin `<topic>.dlq`. */
export const TOPICS = {
  conference: 'agenda.conference.v1',
  award: 'awards.award.v1',
  covenant: 'covenants.covenant.v1',
  invitation: 'invitations.invitation.v1',
  draft: 'press.draft.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const dlqTopic = (topic: string): string => `${topic}.dlq`;
