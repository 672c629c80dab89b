import type { IncomingMessage } from 'node:http';
import { ProblemException } from '@tdkt/service-kit';

/** Reads a non-JSON request body (an uploaded file) up to `limit` bytes; larger → 413. */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      const mb = `${Math.round(limit / 1024 / 1024)} MB`;
      throw new ProblemException({
        status: 413,
        vi: { title: 'Tệp quá lớn', detail: `Tệp tải lên vượt quá ${mb}` },
        en: { title: 'File too large', detail: `The uploaded file exceeds ${mb}` },
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
