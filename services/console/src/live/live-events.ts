import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/** The gateway's live events (`GET /events`, services/gateway/README.md): the `event:` names and their data. */
export interface LiveEvents {
  'signature-recorded': {
    covenantId: string;
    partyId: string;
    unitName: string;
    signatory: { name: string; titles: string[] };
    signedAt: string;
    signedCount: number;
    partyCount: number;
  };
  'covenant-signed': { covenantId: string; title: string; fullySignedAt: string; partyCount?: number };
  'draft-changed': {
    draftId: string;
    kind: string;
    subjectId: string;
    version: number;
    title: string;
    change: 'generated' | 'approved' | 'published';
  };
  'check-in': { conferenceId: string; site: { kind: string; name: string }; checkedInAt: string };
}
export type LiveKind = keyof LiveEvents;
export type LiveHandlers = { [K in LiveKind]?: (data: LiveEvents[K]) => void };

/**
 * Listens to the gateway's live events while the screen is shown. EventSource reconnects by
 * itself with Last-Event-ID (the gateway replays what was missed); a `reset` (the gateway could
 * not replay: restarted, or too long away) makes every query refetch, as does `onReset`.
 */
export function useLiveEvents(handlers: LiveHandlers, onReset?: () => void): void {
  const queryClient = useQueryClient();
  // the latest handlers, without reopening the stream on every render
  const current = useRef({ handlers, onReset });
  current.current = { handlers, onReset };
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/events', { withCredentials: true });
    const kinds = ['signature-recorded', 'covenant-signed', 'draft-changed', 'check-in'] as const;
    const listeners = kinds.map((kind) => {
      const listener = (e: MessageEvent<string>) => {
        const handler = current.current.handlers[kind] as ((d: unknown) => void) | undefined;
        if (handler) handler(JSON.parse(e.data));
      };
      source.addEventListener(kind, listener);
      return [kind, listener] as const;
    });
    const reset = () => {
      current.current.onReset?.();
      void queryClient.invalidateQueries();
    };
    source.addEventListener('reset', reset);
    return () => {
      for (const [kind, listener] of listeners) source.removeEventListener(kind, listener);
      source.removeEventListener('reset', reset);
      source.close();
    };
  }, [queryClient]);
}
