import { collectDefaultMetrics, Histogram, register } from 'prom-client';

// Everything goes to prom-client's global registry, where other libs add their own metrics.
// Registration has to be idempotent: a test process starts several applications, and
// prom-client throws when a metric name is registered twice.

export const HTTP_DURATION_METRIC = 'http_request_duration_seconds';
type HttpLabels = 'method' | 'route' | 'status_code';

/** Default Node/process metrics, once per registry (i.e. per process in production). */
export function ensureDefaultMetrics(): void {
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics();
}

/** The registry has one set of default labels: the last application to start names the process. */
export function setServiceLabel(serviceName: string): void {
  register.setDefaultLabels({ service: serviceName });
}

export function httpRequestDuration(): Histogram<HttpLabels> {
  const existing = register.getSingleMetric(HTTP_DURATION_METRIC);
  if (existing) return existing as Histogram<HttpLabels>;
  return new Histogram<HttpLabels>({
    name: HTTP_DURATION_METRIC,
    help: 'Duration of HTTP requests in seconds, by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
}
