import type { DatabaseConfig } from '@tdkt/persistence';
import { SmtpSink, type httpClient } from '@tdkt/testing';
import { sơnLaConference, startAgenda } from '../../../services/agenda/test/agenda-app.harness';
import { startAwards } from '../../../services/awards/test/awards-app.harness';
import { createCluster, hàGiangCovenant, startCovenants } from '../../../services/covenants/test/covenants-app.harness';
import {
  SON_LA_OFFICIALS,
  invitationsEnvironment,
  startInvitations,
} from '../../../services/invitations/test/invitations-app.harness';
import { pressEnvironment, startPress } from '../../../services/press/test/press-app.harness';

export interface ServiceUnderFuzz {
  name: string;
  url: string;
  db: DatabaseConfig;
  /** headers a caller of this service always sends */
  headers: Record<string, string>;
  /** ids and codes of things that exist, so that malformed requests also reach real resources */
  known: string[];
  /** records the seeding user (test-runner, organization province:kiem-thu) owns, by the first path segment naming them */
  resources: Record<string, string>;
}

type Http = ReturnType<typeof httpClient>;

async function created(http: Http, path: string, body: unknown): Promise<Record<string, any>> {
  const res = await http.post(path, body);
  if (res.status !== 201) throw new Error(`seeding ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Every `id` and `code` found in a JSON answer. */
function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'id' || k === 'code' || k.endsWith('Id')) && typeof v === 'string') out.add(v);
      else idsIn(v, out);
    }
  }
  return out;
}

/** The five services in this process, each on its own fresh database and topics, as the component tests start them. */
export async function startFiveServices(): Promise<{ services: ServiceUnderFuzz[]; stop: () => Promise<void> }> {
  const stops: Array<() => Promise<void>> = [];
  const services: ServiceUnderFuzz[] = [];
  try {
    // each seeded with a few real resources (the fixtures of the component tests)
    const covenants = await startCovenants('fuzz-cov');
    stops.push(covenants.stop);
    const clusterId = await createCluster(covenants.http);
    const covenant = await created(covenants.http, '/covenants', { ...hàGiangCovenant, clusterId });
    const members = await covenants.http.get(`/clusters/${clusterId}/members`);
    services.push({
      name: 'covenants',
      url: covenants.url,
      db: covenants.db,
      headers: {},
      known: [...idsIn([clusterId, covenant, members.body])],
      resources: { clusters: clusterId, covenants: covenant.id },
    });
    const agenda = await startAgenda('fuzz-agenda');
    stops.push(agenda.stop);
    const venue = await created(agenda.http, '/venues', {
      name: 'Hội trường Trung tâm Hội nghị tỉnh',
      address: 'Thành phố Sơn La',
    });
    const conference = await created(agenda.http, '/conferences', { ...sơnLaConference, venueId: venue.id });
    services.push({
      name: 'agenda',
      url: agenda.url,
      db: agenda.db,
      headers: {},
      known: [...idsIn([venue, conference])],
      resources: { venues: venue.id, conferences: conference.id },
    });
    const awards = await startAwards('fuzz-awards');
    stops.push(awards.stop);
    const awardTypes = await awards.http.get('/award-types?pageSize=5');
    services.push({
      name: 'awards',
      url: awards.url,
      db: awards.db,
      headers: {},
      known: [...idsIn(awardTypes.body)],
      resources: {},
    });
    const smtp = await SmtpSink.start();
    stops.push(() => smtp.dispose());
    const invEnv = await invitationsEnvironment('fuzz-inv', smtp);
    stops.push(invEnv.drop);
    const invitations = await startInvitations(invEnv);
    stops.push(invitations.stop);
    const guest = await created(invitations.http, '/guests', SON_LA_OFFICIALS[0]);
    services.push({
      name: 'invitations',
      url: invitations.url,
      db: invEnv.db,
      headers: {},
      known: [...idsIn(guest)],
      resources: { guests: guest.id },
    });
    const pressEnv = await pressEnvironment('fuzz-press');
    stops.push(pressEnv.drop);
    const press = await startPress(pressEnv.db, pressEnv.namespace);
    stops.push(press.stop);
    services.push({
      name: 'press',
      url: press.url,
      db: pressEnv.db,
      headers: {},
      known: [],
      resources: {},
    });
  } catch (e) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw e;
  }
  return {
    services,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
