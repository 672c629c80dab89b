import type { INestApplicationContext } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { KAFKA } from '../nest/messaging.tokens';

/** Readiness: the broker answers a metadata request. */
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
  },
};
