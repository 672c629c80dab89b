import type { CeremonyFact, CeremonyFactKind } from '@tdkt/contracts';
import { cleanText, foldDiacritics } from '@tdkt/vietnamese';
import { InvalidInput } from './conference.errors';

/** A fact of the ceremony as recorded: its key within the conference and the order of entry. */
export interface RecordedCeremonyFact {
  key: string;
  position: number;
  fact: CeremonyFact;
  recordedAt: Date;
}

const clean = (s: string) => cleanText(s);
const cleanList = (xs: readonly string[] | undefined) => (xs ?? []).map(clean).filter(Boolean);
const person = (p: { name: string; titles?: string[] }) => ({ name: clean(p.name), titles: cleanList(p.titles) });
const opt = <K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> =>
  v === undefined || v === '' ? {} : ({ [key]: v } as Record<K, V>);

/**
 * The fact as it is kept and announced: text cleaned (NFC, spaces), empty optional parts dropped.
 * A highlight is a figure or a statement; one with neither is refused, naming `figure`.
 */
export function cleanFact(f: CeremonyFact): CeremonyFact {
  switch (f.kind) {
    case 'highlight': {
      const statement = f.statement ? clean(f.statement) : undefined;
      if (!f.figure && !statement) {
        throw new InvalidInput(
          'Điểm nổi bật của báo cáo cần một số liệu (figure: label, value, unit) hoặc một nhận định (statement)',
          'A highlight of the report needs a figure (figure: label, value, unit) or a statement',
          'figure',
        );
      }
      const g = f.figure;
      return {
        kind: 'highlight',
        ...(g
          ? {
              figure: {
                label: clean(g.label),
                ...opt('verb', g.verb ? clean(g.verb) : undefined),
                value: g.value,
                unit: clean(g.unit),
                ...(g.comparison
                  ? {
                      comparison: {
                        basis: g.comparison.basis,
                        value: g.comparison.value,
                        unit: clean(g.comparison.unit),
                        ...opt('direction', g.comparison.direction),
                      },
                    }
                  : {}),
              },
            }
          : {}),
        ...opt('statement', statement),
      };
    }
    case 'speech':
      return {
        kind: 'speech',
        speechKind: f.speechKind,
        speaker: person(f.speaker),
        ...opt('onBehalfOf', f.onBehalfOf ? clean(f.onBehalfOf) : undefined),
        keyPoints: cleanList(f.keyPoints),
        tasks: cleanList(f.tasks),
      };
    case 'presentation':
      return { kind: 'presentation', presenter: person(f.presenter), unit: clean(f.unit), subject: clean(f.subject) };
    case 'prize':
      return {
        kind: 'prize',
        recipients: clean(f.recipients),
        award: clean(f.award),
        amountVnd: f.amountVnd,
        ...opt('per', f.per ? clean(f.per) : undefined),
      };
    case 'award-presentation':
      return {
        kind: 'award-presentation',
        awardTypeCode: f.awardTypeCode,
        presenters: f.presenters.map(person),
        ...opt('onBehalfOf', f.onBehalfOf ? clean(f.onBehalfOf) : undefined),
      };
    case 'result': {
      const r = f.ranking;
      const leaders = (f.leaders ?? []).map((l) => ({ group: clean(l.group), units: cleanList(l.units) }));
      if (!r && leaders.length === 0) {
        throw new InvalidInput(
          'Kết quả công bố cần thứ hạng (ranking) hoặc các đơn vị dẫn đầu (leaders)',
          'An announced result needs a ranking or the leading units (leaders)',
          'ranking',
        );
      }
      return {
        kind: 'result',
        subject: clean(f.subject),
        ...(r
          ? {
              ranking: {
                unit: clean(r.unit),
                position: r.position,
                of: r.of,
                scope: clean(r.scope),
                ...(r.score ? { score: { value: r.score.value, unit: clean(r.score.unit) } } : {}),
              },
            }
          : {}),
        ...(leaders.length ? { leaders } : {}),
      };
    }
  }
}

const folded = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The fact's identity within its conference: the client's key when given, otherwise what names it
 * (a figure by its label, a speech by its kind and speaker, a presentation by presenter and subject,
 * a prize by award and recipients, a result by what is announced, an award group's presenters by the
 * award type) — so entering it twice is one fact.
 */
export function ceremonyKey(f: CeremonyFact, clientKey?: string): string {
  const natural = (): string => {
    switch (f.kind) {
      case 'highlight':
        return f.figure ? `figure:${folded(f.figure.label)}` : `statement:${folded(f.statement ?? '')}`;
      case 'speech':
        return `${f.speechKind}:${folded(f.speaker.name)}`;
      case 'presentation':
        return `${folded(f.presenter.name)}:${folded(f.subject)}`;
      case 'prize':
        return `${folded(f.award)}:${folded(f.recipients)}`;
      case 'result':
        return folded(f.subject);
      case 'award-presentation':
        // one presenter line per award group: entering it again corrects it
        return f.awardTypeCode;
    }
  };
  const kind: CeremonyFactKind = f.kind;
  return `${kind}:${clientKey ? `key:${clientKey}` : natural()}`.slice(0, 700);
}

/** Key order does not matter (PostgreSQL's jsonb keeps its own). */
const canonical = (x: unknown): unknown =>
  Array.isArray(x)
    ? x.map(canonical)
    : x && typeof x === 'object'
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : x;

export const sameFact = (a: CeremonyFact, b: CeremonyFact): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
