import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type Kafka,
} from 'kafkajs';
import { GATEWAY_PRINCIPAL, LIVE_TOPICS, SERVICES, SUBSCRIPTIONS, dlqTopic, ownTopics } from '@tdkt/contracts';
import { withNamespace } from '../messaging-options';
import { ensureTopics } from './topic-provisioner';

const { READ, WRITE, CREATE, DESCRIBE, DELETE } = AclOperationTypes;

function allow(
  service: string,
  resourceType: AclResourceTypes,
  name: string,
  operations: AclOperationTypes[],
  pattern = ResourcePatternTypes.LITERAL,
): AclEntry[] {
  return operations.map((operation) => ({
    principal: `User:${service}`,
    host: '*',
    operation,
    permissionType: AclPermissionTypes.ALLOW,
    resourceType,
    resourceName: name,
    resourcePatternType: pattern,
  }));
}

/**
 * What one service's principal (`User:<service>`) may do, from the topic registry of
 * @tdkt/contracts; everything else is denied (no ACL, no access). Topic names are literal
 * (namespaced: a test's principals get the very shape a real deployment gets).
 * - its own topics: write, create, describe; their dead-letter twins: create, describe;
 * - the topics it consumes: read; their dead-letter twins (where its consumer sends poison
 *   messages): write, describe;
 * - consumer groups whose name starts with its name (`press`, `press-rebuild-<uuid>`).
 * Kafka 4 needs no IDEMPOTENT_WRITE on the cluster: WRITE on a topic allows the idempotent producer.
 */
export function serviceAcls(service: (typeof SERVICES)[number], namespace = ''): AclEntry[] {
  const ns = (t: string) => withNamespace(namespace, t);
  return [
    ...ownTopics(service).flatMap((t) => [
      ...allow(service, AclResourceTypes.TOPIC, ns(t), [WRITE, CREATE, DESCRIBE]),
      ...allow(service, AclResourceTypes.TOPIC, ns(dlqTopic(t)), [CREATE, DESCRIBE]),
    ]),
    ...SUBSCRIPTIONS[service].flatMap((t) => [
      ...allow(service, AclResourceTypes.TOPIC, ns(t), [READ, DESCRIBE]),
      ...allow(service, AclResourceTypes.TOPIC, ns(dlqTopic(t)), [WRITE, DESCRIBE]),
    ]),
    ...allow(service, AclResourceTypes.GROUP, ns(service), [READ, DESCRIBE, DELETE], ResourcePatternTypes.PREFIXED),
  ];
}

/**
 * The gateway's principal (`User:gateway`): read and describe the topics it streams to browsers,
 * and its consumer groups (`gateway-live-<instance>`: each gateway process reads every event for
 * its own browsers). Nothing else: no write, no dead-letter topic (it drops what it cannot read).
 */
export function gatewayAcls(namespace = ''): AclEntry[] {
  const ns = (t: string) => withNamespace(namespace, t);
  return [
    ...LIVE_TOPICS.flatMap((t) => allow(GATEWAY_PRINCIPAL, AclResourceTypes.TOPIC, ns(t), [READ, DESCRIBE])),
    ...allow(
      GATEWAY_PRINCIPAL,
      AclResourceTypes.GROUP,
      ns(GATEWAY_PRINCIPAL),
      [READ, DESCRIBE, DELETE],
      ResourcePatternTypes.PREFIXED,
    ),
  ];
}

/** Every topic of the registry with its dead-letter twin, and every service's ACLs and the gateway's. */
export function kafkaAccessPlan(namespace = ''): { topics: string[]; acls: AclEntry[] } {
  const topics = SERVICES.flatMap((s) => ownTopics(s)).map((t) => withNamespace(namespace, t));
  return { topics, acls: [...SERVICES.flatMap((s) => serviceAcls(s, namespace)), ...gatewayAcls(namespace)] };
}

/**
 * Run as the admin (a super user): creates the topics (a service may not create the topics it
 * only consumes) and the ACLs. Idempotent: existing topics and ACLs stay as they are.
 */
export async function provisionKafkaAccess(
  kafka: Kafka,
  namespace = '',
  partitions = 3,
): Promise<{ topics: string[]; acls: number }> {
  const plan = kafkaAccessPlan(namespace);
  await ensureTopics(kafka, plan.topics, partitions);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createAcls({ acl: plan.acls });
  } finally {
    await admin.disconnect();
  }
  return { topics: plan.topics.flatMap((t) => [t, dlqTopic(t)]), acls: plan.acls.length };
}

/** Removes exactly the ACLs `provisionKafkaAccess` created for a namespace (tests clean up with it). */
export async function revokeKafkaAccess(kafka: Kafka, namespace: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteAcls({ filters: kafkaAccessPlan(namespace).acls });
  } finally {
    await admin.disconnect();
  }
}
