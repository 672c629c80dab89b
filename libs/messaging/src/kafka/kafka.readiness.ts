import type { INestApplicationContext } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { MessagingRuntime } from '../nest/messaging.runtime';
import { KAFKA } from '../nest/messaging.tokens';

/**
 * Readiness: the broker answers a metadata request, and the service's own messaging works —
 * started, its outbox draining (a relay that cannot publish is not ready even while the broker
 * answers), its consumer running.
 */
export const kafkaReadiness = {
  name: 'kafka',
  check: async (app: INestApplicationContext): Promise<void> => {
    const admin = app.get<Kafka>(KAFKA).admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
    const health = app.get(MessagingRuntime).health();
    if (!health.ok) throw new Error(health.reason);
  },
};
