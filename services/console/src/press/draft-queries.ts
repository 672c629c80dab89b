import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { Page } from '../api/views';
import type { DraftView, ProvenanceView, TransitionView } from './views';

export const draftsKey = ['press', 'drafts'] as const;
export const draftKey = (id: string) => ['press', 'draft', id] as const;
export const provenanceKey = (id: string, version: number) => ['press', 'draft', id, 'provenance', version] as const;
export const transitionsKey = (id: string) => ['press', 'draft', id, 'transitions'] as const;

export async function fetchDraft(id: string): Promise<DraftView> {
  return unwrap<DraftView>(await api.press.GET('/drafts/{id}', { params: { path: { id } } }));
}

export async function fetchProvenance(id: string): Promise<ProvenanceView> {
  return unwrap<ProvenanceView>(await api.press.GET('/drafts/{id}/provenance', { params: { path: { id } } }));
}

export async function fetchTransitions(id: string): Promise<Page<TransitionView>> {
  return unwrap<Page<TransitionView>>(
    await api.press.GET('/drafts/{id}/transitions', { params: { path: { id }, query: { pageSize: 100 } } }),
  );
}

/**
 * After a change the service answered with the draft as it now is: that answer is shown at once,
 * and the inbox and the history refetch (the service stays the one source).
 */
export function useDraftChanged(id: string): (next: DraftView) => Promise<void> {
  const queryClient = useQueryClient();
  return async (next) => {
    queryClient.setQueryData(draftKey(id), next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: draftsKey }),
      queryClient.invalidateQueries({ queryKey: transitionsKey(id) }),
    ]);
  };
}
