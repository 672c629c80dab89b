import type { ProblemInit } from '@tdkt/service-kit';
import { ClusterError } from './domain/cluster.errors';

const TITLES: Record<number, [string, string]> = {
  404: ['Không tìm thấy cụm/khối thi đua', 'Cluster not found'],
  409: ['Xung đột với dữ liệu đã ghi nhận', 'Conflicts with the recorded history'],
  422: ['Không thể thực hiện', 'Cannot be carried out'],
  400: ['Dữ liệu không hợp lệ', 'Invalid request'],
};

/** Cluster errors → problem details, in Vietnamese with the English alongside. */
export function mapClusterError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof ClusterError)) return undefined;
  const [vi, en] = TITLES[err.status]!;
  return {
    status: err.status,
    type: `cluster-${err.code}`,
    vi: { title: vi, detail: err.vi },
    en: { title: en, detail: err.en },
    ...(err.field ? { errors: [{ field: err.field, code: err.code, vi: err.vi, en: err.en }] } : {}),
  };
}
