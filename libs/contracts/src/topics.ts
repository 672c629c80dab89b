/** Topic per aggregate type (DESIGN.md §2). Each has a dead-letter twin `<topic>.dlq`. */
export const TOPICS = {
  covenant: 'covenants.covenant.v1',
  draft: 'press.draft.v1',
} as const;

export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const dlqTopic = (topic: string): string => `${topic}.dlq`;
