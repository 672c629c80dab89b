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

export const SERVICES = ['covenants', 'agenda', 'awards', 'invitations', 'press'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The CloudEvents `source` a service stamps on its events. */
export const serviceSource = (service: string): string => `/services/${service}`;

/**
 * Each topic's owner: the only service that publishes on it (broker ACLs let no other principal
 * write it, and a consumer dead-letters a message whose `ce_source` is not the owner's).
 */
export const TOPIC_OWNERS: Readonly<Record<Topic, ServiceName>> = {
  [TOPICS.conference]: 'agenda',
  [TOPICS.award]: 'awards',
  [TOPICS.covenant]: 'covenants',
  [TOPICS.invitation]: 'invitations',
  [TOPICS.draft]: 'press',
};

/** The topics each service consumes (its handlers'): what its principal may read. */
export const SUBSCRIPTIONS: Readonly<Record<ServiceName, readonly Topic[]>> = {
  covenants: [TOPICS.conference],
  agenda: [TOPICS.award, TOPICS.covenant],
  awards: [TOPICS.conference, TOPICS.covenant],
  invitations: [TOPICS.conference, TOPICS.award],
  press: [TOPICS.conference, TOPICS.award, TOPICS.covenant, TOPICS.invitation],
};

/**
 * The gateway's principal: it publishes nothing and reads the topics whose events it streams to
 * browsers (`GET /events`, server-sent events), in consumer groups named `gateway…`.
 */
export const GATEWAY_PRINCIPAL = 'gateway';
export const LIVE_TOPICS: readonly Topic[] = [TOPICS.covenant, TOPICS.draft, TOPICS.invitation];

/** Every SCRAM user a broker is formatted with besides admin (infra/kafka/start.sh lists the same). */
export const KAFKA_USERS: readonly string[] = [...SERVICES, GATEWAY_PRINCIPAL];

/** The owner of a (logical, un-namespaced) topic; undefined for a topic outside the registry. */
export function topicOwner(topic: string): ServiceName | undefined {
  return (TOPIC_OWNERS as Record<string, ServiceName>)[topic];
}

export const ownTopics = (service: ServiceName): Topic[] =>
  (Object.keys(TOPIC_OWNERS) as Topic[]).filter((t) => TOPIC_OWNERS[t] === service);
