import { bearer, type DemoUser, type TestUser } from '../auth/test-users';
import type { INestApplication } from '@nestjs/common';

/** Starts an app on a free port of 127.0.0.1 and returns its base URL. */
export async function listenOnFreePort(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

// Test code reads response bodies freely (body.items[0].title): `any` is the honest type here.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A small JSON client over fetch for tests: every call returns status, headers and parsed body. */
export interface HttpClientOptions {
  /**
   * Who the requests act as: a bearer token of this test or demo user is sent, unless a call
   * passes its own `authorization` header; `null` sends none. Default: `test-runner`.
   */
  as?: TestUser | DemoUser | null;
}

export function httpClient(baseUrl: string, options: HttpClientOptions = {}) {
  const as = options.as === undefined ? 'test-runner' : options.as;
  const call = async <T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonResponse<T>> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(as && !('authorization' in headers) ? await bearer(as) : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (metrics, HTML): the text itself
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  };
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => call<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body: unknown, headers?: Record<string, string>) =>
      call<T>('POST', path, body, headers),
    put: <T = any>(path: string, body: unknown, headers?: Record<string, string>) =>
      call<T>('PUT', path, body, headers),
    patch: <T = any>(path: string, body: unknown, headers?: Record<string, string>) =>
      call<T>('PATCH', path, body, headers),
    delete: <T = any>(path: string, headers?: Record<string, string>) => call<T>('DELETE', path, undefined, headers),
  };
}
