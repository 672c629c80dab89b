/** Where a service's own database lives. Read from the environment by each service's config. */
export interface DatabaseConfig {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
}

export function databaseUrl(c: DatabaseConfig): string {
  const auth = c.password
    ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}`
    : encodeURIComponent(c.user);
  return `postgres://${auth}@${c.host}:${c.port}/${encodeURIComponent(c.database)}`;
}
