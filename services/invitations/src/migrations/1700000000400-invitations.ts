import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1700000000400 implements MigrationInterface {
  name = 'Invitations1700000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // people and collectives who can be invited; awardees keep the registry's recipient id
    await q.query(`
      CREATE TABLE guests (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('person', 'collective')),
        name text NOT NULL,
        name_folded text NOT NULL,
        titles jsonb NOT NULL DEFAULT '[]',
        organization text,
        email text,
        phone text,
        central boolean NOT NULL DEFAULT false,
        recipient_id uuid UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX guests_email_idx ON guests (lower(email)) WHERE email IS NOT NULL');
    await q.query('CREATE INDEX guests_name_trgm_idx ON guests USING gin (name_folded gin_trgm_ops)');
    // protocol order as data: scope 'default' or an organization id
    await q.query(`
      CREATE TABLE precedence_rules (
        scope text NOT NULL,
        pattern text NOT NULL,
        rank int NOT NULL CHECK (rank BETWEEN 0 AND 999),
        PRIMARY KEY (scope, pattern)
      )`);
    await q.query(`
      CREATE TABLE organization_default_guests (
        organization_id uuid NOT NULL,
        guest_id uuid NOT NULL REFERENCES guests(id),
        PRIMARY KEY (organization_id, guest_id)
      )`);
    await q.query(`
      CREATE TABLE conferences (
        id uuid PRIMARY KEY,
        organization_id uuid,
        organizer_name text,
        kind text,
        title text,
        time_zone text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
        starts_at timestamptz,
        ends_at timestamptz,
        format text,
        venue jsonb,
        connection_points jsonb NOT NULL DEFAULT '[]',
        times_as_of timestamptz,
        cancelled_at timestamptz,
        cancellation_reason text
      )`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY,
        conference_id uuid NOT NULL REFERENCES conferences(id),
        guest_id uuid NOT NULL REFERENCES guests(id),
        status text NOT NULL CHECK (status IN ('draft', 'invited', 'withdrawn', 'cancelled')),
        auto_send boolean NOT NULL DEFAULT false,
        source text NOT NULL CHECK (source IN ('default', 'organizer', 'award')),
        sequence int NOT NULL DEFAULT 0,
        ics_uid text NOT NULL UNIQUE,
        response text NOT NULL DEFAULT 'pending' CHECK (response IN ('pending', 'accepted', 'declined', 'substitute')),
        substitute jsonb,
        representative jsonb,
        responded_at timestamptz,
        last_sent_at timestamptz,
        withdrawal_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (conference_id, guest_id)
      )`);
    // awards that put a guest on a list; a revocation arriving first is kept as a tombstone
    await q.query(`
      CREATE TABLE awardees (
        award_id uuid PRIMARY KEY,
        conference_id uuid,
        invitation_id uuid REFERENCES invitations(id),
        recipient_id uuid NOT NULL,
        award_type text,
        status text NOT NULL CHECK (status IN ('conferred', 'revoked'))
      )`);
    await q.query('CREATE INDEX awardees_invitation_idx ON awardees (invitation_id) WHERE invitation_id IS NOT NULL');
    // each RSVP link (one per mail) is bound to the first answer given with it
    await q.query(`
      CREATE TABLE rsvp_link_uses (
        token_id uuid PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES invitations(id),
        response text NOT NULL,
        substitute jsonb,
        used_at timestamptz NOT NULL
      )`);
    // the mail queue: a mail is 'sent' only after the SMTP server accepted it
    await q.query(`
      CREATE TABLE mail_queue (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        invitation_id uuid REFERENCES invitations(id),
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'update', 'cancellation', 'reminder', 'withdrawal')),
        to_address text NOT NULL,
        to_name text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        ics text,
        ics_method text,
        attachments jsonb NOT NULL DEFAULT '[]',
        sent_event jsonb,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_queue_due_idx ON mail_queue (next_attempt_at) WHERE status = 'pending'`);
    await q.query('CREATE INDEX mail_queue_invitation_idx ON mail_queue (invitation_id)');
    await q.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES invitations(id),
        offset_minutes int NOT NULL,
        starts_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped')),
        outcome text,
        decided_at timestamptz,
        UNIQUE (invitation_id, offset_minutes, starts_at)
      )`);
    await q.query(`CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE attendance (
        id uuid PRIMARY KEY,
        conference_id uuid NOT NULL REFERENCES conferences(id),
        invitation_id uuid NOT NULL UNIQUE REFERENCES invitations(id),
        attendee jsonb NOT NULL,
        site_kind text NOT NULL CHECK (site_kind IN ('venue', 'connection-point')),
        site_id uuid,
        site_name text NOT NULL,
        method text NOT NULL CHECK (method IN ('organizer', 'qr')),
        checked_in_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX attendance_conference_idx ON attendance (conference_id, site_kind, site_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'attendance',
      'reminders',
      'mail_queue',
      'rsvp_link_uses',
      'awardees',
      'invitations',
      'conferences',
      'organization_default_guests',
      'precedence_rules',
      'guests',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
