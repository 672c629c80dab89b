/** Cluster rule violations: plain errors, mapped to problem responses by the HTTP layer. */
export abstract class ClusterError extends Error {
  abstract readonly status: 400 | 404 | 409 | 422;
  constructor(
    readonly code: string,
    readonly vi: string,
    readonly en: string,
    readonly field?: string,
  ) {
    super(en);
  }
}

export class ClusterNotFound extends ClusterError {
  readonly status = 404;
  constructor(readonly clusterId: string) {
    super(
      'clusterNotFound',
      `Không có cụm/khối thi đua mã ${clusterId}`,
      `cluster ${clusterId} does not exist`,
      'clusterId',
    );
  }
}

/** The request contradicts the recorded history (a second head for a year, a double membership). */
export class ClusterConflict extends ClusterError {
  readonly status = 409;
}

/** Well-formed, but not applicable to this cluster (a leader who is not a member, ...). */
export class ClusterRuleBroken extends ClusterError {
  readonly status = 422;
}
