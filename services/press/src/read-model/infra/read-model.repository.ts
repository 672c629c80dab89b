import { Injectable } from '@nestjs/common';
import type { CeremonyFactRecordedData, ClusterChangedData, DecisionIssuedData } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import type { AttendeeFacts } from '../domain/attendee';
import type { AwardFact } from '../domain/award-tally';
import type { ConferenceFacts } from '../domain/conference-facts';
import type { ConferenceFile } from '../domain/conference-file';
import type { CovenantFacts } from '../domain/covenant-facts';
import { isNewer, type Sourced } from '../domain/sourced';
import type { Subject } from '../domain/subject';

/**
 * The read model's tables. Each document is locked while an event is folded into it, so two
 * consumers (or a rebuild) apply facts one after another.
 */
@Injectable()
export class ReadModelRepository {
  async conference(m: EntityManager, conferenceId: string): Promise<ConferenceFacts> {
    await m.query('INSERT INTO rm_conferences (conference_id, facts) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      conferenceId,
      { conferenceId },
    ]);
    const [row] = await m.query('SELECT facts FROM rm_conferences WHERE conference_id = $1 FOR UPDATE', [conferenceId]);
    return row.facts;
  }

  async saveConference(m: EntityManager, f: ConferenceFacts): Promise<void> {
    await m.query('UPDATE rm_conferences SET facts = $2 WHERE conference_id = $1', [f.conferenceId, f]);
  }

  async attendee(m: EntityManager, conferenceId: string, guestId: string): Promise<AttendeeFacts | undefined> {
    // the first event about a guest creates the row: serialize on the pair, not on a row that may not exist yet
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`press-attendee:${conferenceId}:${guestId}`]);
    const [row] = await m.query(
      'SELECT facts FROM rm_attendees WHERE conference_id = $1 AND guest_id = $2 FOR UPDATE',
      [conferenceId, guestId],
    );
    return row?.facts;
  }

  async saveAttendee(m: EntityManager, a: AttendeeFacts): Promise<void> {
    await m.query(
      `INSERT INTO rm_attendees (conference_id, guest_id, facts) VALUES ($1, $2, $3)
       ON CONFLICT (conference_id, guest_id) DO UPDATE SET facts = EXCLUDED.facts`,
      [a.conferenceId, a.guestId, a],
    );
  }

  /** A conferment; a revocation seen earlier keeps winning. Returns the award's conference. */
  async conferred(m: EntityManager, a: AwardFact & { conferenceId: string }): Promise<boolean> {
    const rows = await m.query(
      `INSERT INTO rm_awards (award_id, conference_id, award_type, recipient_kind, presented_on_behalf_of, conferred_event_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (award_id) DO UPDATE SET conference_id = COALESCE(rm_awards.conference_id, EXCLUDED.conference_id),
         award_type = EXCLUDED.award_type, recipient_kind = EXCLUDED.recipient_kind,
         presented_on_behalf_of = EXCLUDED.presented_on_behalf_of, conferred_event_id = EXCLUDED.conferred_event_id
       WHERE rm_awards.conferred_event_id IS DISTINCT FROM EXCLUDED.conferred_event_id
       RETURNING award_id`,
      [a.awardId, a.conferenceId, a.awardType, a.recipientKind, a.presentedOnBehalfOf ?? null, a.conferredEventId],
    );
    return rows.length > 0;
  }

  /** A revocation, even before its conferment arrives; answers the conference it belongs to, if known. */
  async revoked(m: EntityManager, a: AwardFact & { conferenceId?: string }): Promise<string | undefined> {
    const [row] = await m.query(
      `INSERT INTO rm_awards (award_id, conference_id, award_type, recipient_kind, revoked_event_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (award_id) DO UPDATE SET revoked_event_id = EXCLUDED.revoked_event_id,
         conference_id = COALESCE(rm_awards.conference_id, EXCLUDED.conference_id)
       RETURNING conference_id`,
      [a.awardId, a.conferenceId ?? null, a.awardType, a.recipientKind, a.revokedEventId],
    );
    return row?.conference_id ?? undefined;
  }

  async decision(m: EntityManager, d: Sourced<DecisionIssuedData> & { conferenceId: string }): Promise<void> {
    await m.query(
      `INSERT INTO rm_decisions (decision_id, conference_id, fact) VALUES ($1, $2, $3)
       ON CONFLICT (decision_id) DO UPDATE SET fact = EXCLUDED.fact, conference_id = EXCLUDED.conference_id`,
      [d.data.decisionId, d.conferenceId, { data: d.data, eventId: d.eventId, time: d.time }],
    );
  }

  /** A fact of the ceremony, kept per key: the newest event wins whatever the order. Answers whether it changed. */
  async ceremonyFact(m: EntityManager, f: Sourced<CeremonyFactRecordedData>): Promise<boolean> {
    const { conferenceId, key } = f.data;
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`press-ceremony:${conferenceId}:${key}`]);
    const [row] = await m.query('SELECT fact FROM rm_ceremony_facts WHERE conference_id = $1 AND key = $2', [
      conferenceId,
      key,
    ]);
    if (row && !isNewer(f, row.fact as Sourced<CeremonyFactRecordedData>)) return false;
    await m.query(
      `INSERT INTO rm_ceremony_facts (conference_id, key, fact) VALUES ($1, $2, $3)
       ON CONFLICT (conference_id, key) DO UPDATE SET fact = EXCLUDED.fact`,
      [conferenceId, key, f],
    );
    return true;
  }

  /**
   * A cluster as covenants announced it; the newest event wins whatever the order. Answers the
   * conferences it may concern (before and after: those of its tenant and those its leaders
   * name), or undefined when nothing changed.
   */
  async cluster(
    m: EntityManager,
    f: Sourced<ClusterChangedData>,
    tenant: string | undefined,
  ): Promise<string[] | undefined> {
    const id = f.data.clusterId;
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`press-cluster:${id}`]);
    const [row] = await m.query('SELECT tenant, fact FROM rm_clusters WHERE cluster_id = $1', [id]);
    const before = row?.fact as Sourced<ClusterChangedData> | undefined;
    if (before && !isNewer(f, before)) return undefined;
    await m.query(
      `INSERT INTO rm_clusters (cluster_id, tenant, fact) VALUES ($1, $2, $3)
       ON CONFLICT (cluster_id) DO UPDATE SET tenant = COALESCE(EXCLUDED.tenant, rm_clusters.tenant), fact = EXCLUDED.fact`,
      [id, tenant ?? null, f],
    );
    const tenants = [...new Set([row?.tenant, tenant].filter((t): t is string => !!t))];
    const named = [...(before?.data.leaders ?? []), ...f.data.leaders].flatMap((l) => [
      l.conferenceId,
      l.handover?.conferenceId,
    ]);
    const ofTenant: { conference_id: string }[] = tenants.length
      ? await m.query('SELECT conference_id FROM rm_conferences WHERE tenant = ANY($1)', [tenants])
      : [];
    return [...new Set([...ofTenant.map((r) => r.conference_id), ...named.filter((x): x is string => !!x)])].sort();
  }

  async covenant(m: EntityManager, covenantId: string): Promise<CovenantFacts | undefined> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`press-covenant:${covenantId}`]);
    const [row] = await m.query('SELECT facts FROM rm_covenants WHERE covenant_id = $1 FOR UPDATE', [covenantId]);
    return row?.facts;
  }

  async saveCovenant(m: EntityManager, c: CovenantFacts): Promise<void> {
    await m.query(
      `INSERT INTO rm_covenants (covenant_id, conference_id, facts) VALUES ($1, $2, $3)
       ON CONFLICT (covenant_id) DO UPDATE SET facts = EXCLUDED.facts, conference_id = EXCLUDED.conference_id`,
      [c.covenantId, c.conferenceId ?? null, c],
    );
  }

  /**
   * The tenant owning a subject, as its own events carry it (CloudEvent `tenant`); answers whether
   * it changed (its drafts then follow). An event without one leaves it as it was.
   */
  async setTenant(m: EntityManager, s: Subject, tenant: string | undefined): Promise<boolean> {
    if (!tenant) return false;
    const [table, key] =
      s.kind === 'conference' ? ['rm_conferences', 'conference_id'] : ['rm_covenants', 'covenant_id'];
    const rows = await m.query(
      `UPDATE ${table} SET tenant = $2 WHERE ${key} = $1 AND tenant IS DISTINCT FROM $2 RETURNING ${key}`,
      [s.id, tenant],
    );
    // node-postgres answers [rows, count] for an UPDATE … RETURNING through TypeORM
    const changed = Array.isArray(rows[0]) ? rows[0].length : rows.length;
    return changed > 0;
  }

  /** The tenant a subject's drafts belong to; a covenant without its own takes its conference's. */
  async tenantOf(m: EntityManager, s: Subject): Promise<string | null> {
    const [row] =
      s.kind === 'conference'
        ? await m.query('SELECT tenant FROM rm_conferences WHERE conference_id = $1', [s.id])
        : await m.query(
            `SELECT COALESCE(v.tenant, c.tenant) AS tenant FROM rm_covenants v
             LEFT JOIN rm_conferences c ON c.conference_id = v.conference_id WHERE v.covenant_id = $1`,
            [s.id],
          );
    return row?.tenant ?? null;
  }

  /** Everything about one conference, for writing its drafts. */
  async file(m: EntityManager, conferenceId: string): Promise<ConferenceFile> {
    const [conf] = await m.query('SELECT facts FROM rm_conferences WHERE conference_id = $1', [conferenceId]);
    const attendees = await m.query('SELECT facts FROM rm_attendees WHERE conference_id = $1', [conferenceId]);
    const awards = await m.query(
      `SELECT award_id, award_type, recipient_kind, presented_on_behalf_of, conferred_event_id, revoked_event_id
       FROM rm_awards WHERE conference_id = $1`,
      [conferenceId],
    );
    const decisions = await m.query('SELECT fact FROM rm_decisions WHERE conference_id = $1', [conferenceId]);
    const covenants = await m.query('SELECT facts FROM rm_covenants WHERE conference_id = $1', [conferenceId]);
    const ceremony = await m.query(
      `SELECT fact FROM rm_ceremony_facts WHERE conference_id = $1 ORDER BY (fact->'data'->>'position')::int, key`,
      [conferenceId],
    );
    // the clusters of the conference's owner, and any whose leaders were elected or handed over at it
    const clusters = await m.query(
      `SELECT fact FROM rm_clusters
       WHERE tenant = (SELECT tenant FROM rm_conferences WHERE conference_id = $1)
          OR fact->'data'->'leaders' @> $2::jsonb OR fact->'data'->'leaders' @> $3::jsonb
       ORDER BY cluster_id`,
      [conferenceId, JSON.stringify([{ conferenceId }]), JSON.stringify([{ handover: { conferenceId } }])],
    );
    return {
      conference: conf?.facts ?? { conferenceId },
      attendees: attendees.map((r: { facts: AttendeeFacts }) => r.facts),
      awards: awards.map((r: Record<string, never>) => ({
        awardId: r.award_id,
        awardType: r.award_type,
        recipientKind: r.recipient_kind,
        presentedOnBehalfOf: r.presented_on_behalf_of ?? undefined,
        conferredEventId: r.conferred_event_id ?? undefined,
        revokedEventId: r.revoked_event_id ?? undefined,
      })),
      decisions: decisions.map((r: { fact: Sourced<DecisionIssuedData> }) => r.fact),
      covenants: covenants.map((r: { facts: CovenantFacts }) => r.facts),
      ceremony: ceremony.map((r: { fact: Sourced<CeremonyFactRecordedData> }) => r.fact),
      clusters: clusters.map((r: { fact: Sourced<ClusterChangedData> }) => r.fact),
    };
  }

  async conferenceIds(m: EntityManager): Promise<string[]> {
    return (await m.query('SELECT conference_id FROM rm_conferences ORDER BY conference_id')).map(
      (r: { conference_id: string }) => r.conference_id,
    );
  }

  async signedCovenants(m: EntityManager): Promise<CovenantFacts[]> {
    return (await m.query(`SELECT facts FROM rm_covenants WHERE facts ? 'signed' ORDER BY covenant_id`)).map(
      (r: { facts: CovenantFacts }) => r.facts,
    );
  }

  /** A fresh read model (the rebuild): every table emptied in the caller's transaction. */
  async truncate(m: EntityManager): Promise<void> {
    await m.query(
      'TRUNCATE rm_conferences, rm_attendees, rm_awards, rm_decisions, rm_covenants, rm_ceremony_facts, rm_clusters',
    );
  }
}
