import type { paths } from '../api/generated/press';

type ExportPath = Extract<keyof paths, `/drafts/{id}/export.${string}`>;
export type ExportFormat = ExportPath extends `/drafts/{id}/export.${infer F}` ? F : never;

/**
 * The address of a draft's export through the gateway, for a plain download link (the browser
 * sends the session cookie; the file is the service's answer as it is). The path is one of the
 * press service's own, checked against its generated OpenAPI types.
 */
export function exportUrl(draftId: string, format: ExportFormat, version?: number): string {
  const path: ExportPath = `/drafts/{id}/export.${format}`;
  const query = version ? `?version=${version}` : '';
  return `/api/press${path.replace('{id}', encodeURIComponent(draftId))}${query}`;
}
