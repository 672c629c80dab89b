import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The SCRAM users infra/kafka/start.sh generated for a broker's data dir (`credentials.env`,
 * mode 600): `KAFKA_ADMIN_PASSWORD`, `KAFKA_<SERVICE>_PASSWORD`, … Where it is: KAFKA_CREDENTIALS,
 * else KAFKA_DATA_DIR/credentials.env, else the default data dir's.
 */
export function kafkaCredentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KAFKA_CREDENTIALS) return env.KAFKA_CREDENTIALS;
  const dataDir = env.KAFKA_DATA_DIR ?? path.join(__dirname, '../../../../infra/kafka/.data');
  return path.join(dataDir, 'credentials.env');
}

export function readKafkaCredentials(file = kafkaCredentialsFile()): Record<string, string> | undefined {
  if (!existsSync(file)) return undefined;
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1]!, m[2]!] as const);
  return Object.fromEntries(entries);
}

/** The password of one SCRAM user of the test broker (`admin` or a service name). */
export function kafkaPasswordOf(user: string): string {
  const creds = readKafkaCredentials();
  const password = creds?.[`KAFKA_${user.toUpperCase()}_PASSWORD`];
  if (!password)
    throw new Error(
      `no password for the Kafka user ${user} in ${kafkaCredentialsFile()} (set KAFKA_DATA_DIR or KAFKA_CREDENTIALS)`,
    );
  return password;
}
