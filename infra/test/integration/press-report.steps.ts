import type { httpClient } from '@tdkt/testing';

/** Steps the press flow tests share: an HTTP answer's status, an online conference, its report. */
type Http = ReturnType<typeof httpClient>;

export type ReportDraft = { paragraphs: { role: string; text: string; sources: string[] }[]; version: number };

/** The answer's body, once its status is the expected one (the body is shown when it is not). */
export async function expectStatus(res: Promise<{ status: number; body: unknown }>, status = 201) {
  const r = await res;
  expect({ status: r.status, body: r.body }).toMatchObject({ status });
  return r.body as Record<string, unknown>;
}

/** An online conference with one connection point, created and scheduled in agenda; its id. */
export async function scheduleOnlineConference(
  agenda: { http: Http },
  body: object,
  hostUnit: string,
  location: string,
) {
  const c = await expectStatus(agenda.http.post('/conferences', { ...body, format: 'online' }));
  const id = String(c.id);
  await expectStatus(agenda.http.post(`/conferences/${id}/connection-points`, { hostUnit, location }));
  await expectStatus(agenda.http.post(`/conferences/${id}/schedule`, {}), 200);
  return id;
}

/** The conference's report as the press holds it now (undefined before it is written). */
export const conferenceReport = (press: { http: Http }, id: string) =>
  press.http
    .get(`/drafts?kind=conference-report&subjectId=${id}`)
    .then((r) => r.body.items[0] as ReportDraft | undefined);

export const paragraphOf = (d: ReportDraft | undefined, role: string) => d?.paragraphs.find((p) => p.role === role);
