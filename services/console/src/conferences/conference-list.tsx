import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { sortVietnamese } from '@tdkt/vietnamese';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { problemText, unwrap, ApiError } from '../api/problem';
import type { ConferenceSummary, Page } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';

export const conferencesKey = ['agenda', 'conferences'] as const;

export function ConferenceListPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const list = useQuery({
    queryKey: conferencesKey,
    queryFn: async () =>
      unwrap<Page<ConferenceSummary>>(await api.agenda.GET('/conferences', { params: { query: { pageSize: 100 } } })),
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('conferences.title')}</Title>
        <Button component={Link} to="/conferences/new">
          {t('nav.newConference')}
        </Button>
      </Group>
      {list.isPending && <Loader aria-label={t('conferences.loading')} />}
      {list.error && (
        <Alert color="red" role="alert" title={t('error.generic')}>
          {list.error instanceof ApiError ? problemText(list.error.problem, lang)?.detail : null}
        </Alert>
      )}
      {list.data && (
        <>
          <Text>
            {t('conferences.count', { count: list.data.total, formatted: formatInteger(list.data.total, lang) })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text>{t('conferences.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
              {/* latest first as the service answers; same day: by title, in Vietnamese order */}
              {sortVietnamese(list.data.items, (c) => c.title)
                .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
                .map((c) => (
                  <Paper component="li" key={c.id} withBorder p="sm">
                    <Anchor component={Link} to={`/conferences/${c.id}`} fw={600}>
                      {c.title}
                    </Anchor>
                    <Group gap="xs" mt={4} wrap="wrap">
                      <Badge variant="filled" color="gray.8">
                        {t(`status.${c.status}`, { defaultValue: c.status })}
                      </Badge>
                      <Text size="sm">{formatWhen(c.startsAt, lang)}</Text>
                      <Text size="sm">{c.organizer.name}</Text>
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
