/**
 * What the secretariat's screens read from the awards service's answers (its OpenAPI document
 * describes requests only, as src/api/views.ts explains); fields as services/awards returns them.
 */
export type RecipientKind = 'individual' | 'collective' | 'household';

export interface AwardTypeRef {
  code: string;
  name: string;
  family: 'emulation-title' | 'award-form';
  rank: number;
}

export interface DecisionSummary {
  id: string;
  kind: 'conferment' | 'revocation';
  number: string;
  date: string;
  authority: string;
  reason: string | null;
  conferenceId: string | null;
  recipientCount: number;
  tenant: string | null;
}

export interface AwardCountView {
  awardType: AwardTypeRef;
  collectives: number;
  individuals: number;
  households: number;
  total: number;
  phrase: string;
}

export interface DecisionView extends DecisionSummary {
  year: number;
  counts: AwardCountView[];
  announcement: string;
  importedRows?: number;
}

export interface StatisticsView {
  scope: { conferenceId: string | null; year: number | null; conferenceTitle: string | null };
  items: AwardCountView[];
  totals: { collectives: number; individuals: number; households: number };
  announcement: string;
}

export interface AwardView {
  id: string;
  status: string;
  awardType: AwardTypeRef;
  recipient: { id: string; kind: RecipientKind; name: string; unit: string | null };
  revocation: { decisionId: string; reason: string | null } | null;
}

export interface RevocationView {
  decision: { id: string; number: string };
  revoked: Array<{ awardId: string; awardType: string; recipient: string }>;
}

export interface AwardTypeView extends AwardTypeRef {
  id: string;
  conferringAuthority: string;
  recipientKinds: RecipientKind[];
  legalBasis: string;
  validFrom: string;
  validTo?: string;
  organization?: string;
  tenant?: string;
}
