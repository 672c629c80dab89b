import { Anchor, Badge, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/problem';
import { LoadFailedPage } from '../api/query-state';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { useLiveEvents } from '../live/live-events';
import { useMe } from '../session/session';
import { DraftExports } from './draft-exports';
import { DraftHistory } from './draft-history';
import { draftKey, fetchDraft } from './draft-queries';
import { NewFactsPanel } from './new-facts-panel';
import { ParagraphCard } from './paragraph-card';
import { markSeen } from './seen-drafts';
import { WorkflowPanel } from './workflow-panel';

/**
 * New facts held back from a draft a person holds raise no event (the press announces new
 * versions only), so the open editor also asks again this often: "có thông tin mới" shows up
 * within seconds without a reload.
 */
const NEW_FACTS_POLL_MS = 5_000;

/**
 * A news draft (press `GET /drafts/{id}`): its paragraphs with their provenance, each edited in
 * place; the new information and its merge; the workflow steps the user's role may take; exports
 * and the review history.
 */
export function DraftEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const me = useMe();
  const queryClient = useQueryClient();
  const [news, setNews] = useState<string>();
  const draft = useQuery({
    queryKey: draftKey(id),
    queryFn: () => fetchDraft(id),
    refetchInterval: NEW_FACTS_POLL_MS,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  useLiveEvents({
    'draft-changed': (e) => {
      if (e.draftId !== id) return;
      setNews(t('press.editor.live', { version: e.version }));
      void queryClient.invalidateQueries({ queryKey: draftKey(id) });
    },
  });
  const userId = me.data?.id;
  const version = draft.data?.version;
  useEffect(() => {
    if (userId && version) markSeen(userId, id, version);
  }, [userId, id, version]);

  if (draft.error)
    return (
      <LoadFailedPage error={draft.error} notFound={t('press.editor.notFound')}>
        <Anchor component={Link} to="/press/drafts">
          {t('press.editor.back')}
        </Anchor>
      </LoadFailedPage>
    );
  if (!draft.data || !me.data) return <Loader aria-label={t('conferences.loading')} />;
  const d = draft.data;
  const roles = me.data.roles;
  const writer = roles.includes('press-officer') || roles.includes('press-lead');
  const editable = writer && d.status !== 'in_review';

  return (
    <Stack>
      <Anchor component={Link} to="/press/drafts">
        {t('press.editor.back')}
      </Anchor>
      <Title order={1}>{d.title}</Title>
      <Text role="status" aria-live="polite" size="sm">
        {news ?? ''}
      </Text>
      <dl className="facts">
        <div>
          <dt>{t('press.editor.status')}</dt>
          <dd>
            <Badge variant="filled" color="gray.8">
              {t(`drafts.status.${d.status}`, { defaultValue: d.status })}
            </Badge>
          </dd>
        </div>
        <div>
          <dt>{t('press.editor.kind')}</dt>
          <dd>{t(`drafts.kind.${d.kind}`, { defaultValue: d.kind })}</dd>
        </div>
        <div>
          <dt>{t('press.editor.version')}</dt>
          <dd>
            {formatInteger(d.version, lang)}
            {d.edited ? ` · ${t('press.editor.edited')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('press.editor.updated')}</dt>
          <dd>{formatWhen(d.generatedAt, lang)}</dd>
        </div>
        {d.publishedVersion !== null && (
          <div>
            <dt>{t('press.editor.publishedVersion')}</dt>
            <dd>{formatInteger(d.publishedVersion, lang)}</dd>
          </div>
        )}
      </dl>
      <NewFactsPanel draft={d} canMerge={editable} onMerged={setNews} />
      <WorkflowPanel draft={d} roles={roles} onDone={setNews} />
      <section aria-labelledby="paragraphs-title">
        <Title order={2} size="h3" id="paragraphs-title">
          {t('press.editor.paragraphs')}
        </Title>
        <Text size="sm" mb="xs">
          {t('press.editor.paragraphsHint')}
        </Text>
        {writer && !editable && (
          <Text size="sm" mb="xs">
            {t('press.editor.notEditable')}
          </Text>
        )}
        <Stack component="ol" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {d.paragraphs.map((p) => (
            // by role: a refetch never closes an edit under way (a newer version in between is the service's to refuse)
            <ParagraphCard key={p.role} draft={d} paragraph={p} editable={editable} onSaved={setNews} />
          ))}
        </Stack>
      </section>
      <DraftExports draft={d} />
      <DraftHistory draftId={d.id} />
    </Stack>
  );
}
