import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { QueryFeedback } from '../api/query-state';
import type { DraftSummary, Page } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { useLiveEvents } from '../live/live-events';
import { useMe } from '../session/session';
import { NEW_FACTS_ORANGE } from './colors';
import { draftsKey } from './draft-queries';
import { seenMark } from './seen-drafts';

/**
 * The press officer's inbox of news drafts (press `GET /drafts`, newest first, those of the
 * tenants their office covers), refreshed live when a draft is generated, approved or published.
 * Each is marked new (never opened here), changed (a newer version since it was opened) and
 * "có thông tin mới" (the service holds new facts for it).
 */
export function DraftInboxPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const me = useMe();
  const [lastNews, setLastNews] = useState<string>();
  const drafts = useQuery({
    queryKey: draftsKey,
    // new facts held back from a draft someone holds raise no event: asked again now and then
    refetchInterval: 15_000,
    queryFn: async () =>
      unwrap<Page<DraftSummary>>(await api.press.GET('/drafts', { params: { query: { pageSize: 50 } } })),
  });
  useLiveEvents({
    'draft-changed': (e) => {
      setLastNews(t(`drafts.change.${e.change}`, { title: e.title }));
      void queryClient.invalidateQueries({ queryKey: draftsKey });
    },
  });

  return (
    <Stack>
      <Title order={1}>{t('drafts.title')}</Title>
      <Text role="status" aria-live="polite" size="sm">
        {lastNews ?? ''}
      </Text>
      <QueryFeedback pending={drafts.isPending} error={drafts.error} />
      {drafts.data && (
        <>
          <Text>{t('drafts.count', { formatted: formatInteger(drafts.data.total, lang) })}</Text>
          <Text size="sm">{t('press.inbox.marksHint')}</Text>
          {drafts.data.items.length === 0 ? (
            <Text>{t('drafts.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
              {drafts.data.items.map((d) => {
                const mark = me.data ? seenMark(me.data.id, d.id, d.version) : undefined;
                return (
                  <Paper component="li" key={d.id} withBorder p="sm" data-draft={d.id}>
                    <Anchor component={Link} to={`/press/drafts/${d.id}`} fw={600}>
                      {d.title}
                    </Anchor>
                    <Group gap="xs" mt={4} wrap="wrap">
                      {mark && (
                        <Badge variant="filled" color={mark === 'new' ? 'blue.9' : 'violet.9'}>
                          {t(`press.inbox.${mark}`)}
                        </Badge>
                      )}
                      <Badge variant="filled" color="gray.8">
                        {t(`drafts.status.${d.status}`, { defaultValue: d.status })}
                      </Badge>
                      <Text size="sm">{t(`drafts.kind.${d.kind}`, { defaultValue: d.kind })}</Text>
                      <Text size="sm">{t('drafts.version', { version: formatInteger(d.version, lang) })}</Text>
                      <Text size="sm">{formatWhen(d.generatedAt, lang)}</Text>
                      {d.newFacts && (
                        <Badge variant="filled" color={NEW_FACTS_ORANGE}>
                          {t('drafts.newFacts')}
                        </Badge>
                      )}
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
