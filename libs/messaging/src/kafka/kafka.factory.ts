import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry, type SASLOptions } from 'kafkajs';

const levels: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** A SASL login (the service's own principal); SCRAM never sends the password itself. */
export interface KafkaLogin {
  mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain';
  username: string;
  password: string;
}

/** kafkajs' `sasl` option for a login, or none. */
export function saslOptions(login: KafkaLogin | undefined): { sasl?: SASLOptions } {
  return login
    ? { sasl: { mechanism: login.mechanism, username: login.username, password: login.password } as SASLOptions }
    : {};
}

/** The one place that builds a kafkajs client; its logs go through the service's logger. */
export function createKafka(clientId: string, brokers: string[], login?: KafkaLogin): Kafka {
  const logger = new Logger('kafkajs');
  return new Kafka({
    clientId,
    brokers,
    ...saslOptions(login),
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 100, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        logger[levels[level] ?? 'log']({ msg: message, ...extra });
      },
  });
}
