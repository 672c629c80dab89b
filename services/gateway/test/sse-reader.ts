/** One server-sent event as a browser's EventSource dispatches it. */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/**
 * Reads `GET /events` as an EventSource would (the W3C event stream format), over fetch with the
 * signed-in browser's cookie; the events are collected as they come.
 */
export class SseReader {
  readonly events: SseEvent[] = [];
  private readonly abort = new AbortController();
  status = 0;
  contentType = '';

  static async open(url: string, headers: Record<string, string>): Promise<SseReader> {
    const reader = new SseReader();
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: reader.abort.signal });
    reader.status = res.status;
    reader.contentType = res.headers.get('content-type') ?? '';
    if (res.ok && res.body) void reader.pump(res.body);
    return reader;
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const e: SseEvent = { event: 'message', data: '' };
          const data: string[] = [];
          let any = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') e.event = value;
            else if (field === 'id') e.id = value;
            else if (field === 'data') data.push(value);
            else continue;
            any = true;
          }
          if (!any) continue;
          e.data = data.join('\n');
          this.events.push(e);
        }
      }
    } catch {
      // closed by close()
    }
  }

  /** The events of one kind whose JSON data matches. */
  of(kind: string, match: (data: any) => boolean = () => true): SseEvent[] {
    return this.events.filter((e) => e.event === kind && match(JSON.parse(e.data)));
  }

  close(): void {
    this.abort.abort();
  }
}
