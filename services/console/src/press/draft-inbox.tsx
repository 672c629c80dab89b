import { Alert, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiError, problemText, unwrap } from '../api/problem';
import type { DraftSummary, Page } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { useLiveEvents } from '../live/live-events';

export const draftsKey = ['press', 'drafts'] as const;

/**
 * The press officer's inbox of news drafts (press `GET /drafts`, newest first, those of the
 * tenants their office covers), refreshed live when a draft is generated, approved or published.
 */
export function DraftInboxPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const [lastNews, setLastNews] = useState<string>();
  const drafts = useQuery({
    queryKey: draftsKey,
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
      {drafts.isPending && <Loader aria-label={t('conferences.loading')} />}
      {drafts.error && (
        <Alert color="red" role="alert" title={t('error.generic')}>
          {drafts.error instanceof ApiError ? problemText(drafts.error.problem, lang)?.detail : null}
        </Alert>
      )}
      {drafts.data && (
        <>
          <Text>{t('drafts.count', { formatted: formatInteger(drafts.data.total, lang) })}</Text>
          {drafts.data.items.length === 0 ? (
            <Text>{t('drafts.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
              {drafts.data.items.map((d) => (
                <Paper component="li" key={d.id} withBorder p="sm">
                  <Text fw={600}>{d.title}</Text>
                  <Group gap="xs" mt={4} wrap="wrap">
                    <Badge variant="filled" color="gray.8">
                      {t(`drafts.status.${d.status}`, { defaultValue: d.status })}
                    </Badge>
                    <Text size="sm">{t(`drafts.kind.${d.kind}`, { defaultValue: d.kind })}</Text>
                    <Text size="sm">{t('drafts.version', { version: formatInteger(d.version, lang) })}</Text>
                    <Text size="sm">{formatWhen(d.generatedAt, lang)}</Text>
                    {d.newFacts && (
                      <Badge variant="filled" color="orange.9">
                        {t('drafts.newFacts')}
                      </Badge>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
