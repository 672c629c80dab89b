import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { QueryFeedback } from '../api/query-state';
import type { Page } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import type { SubscriptionView } from './views';

export const subscriptionsKey = ['press', 'subscriptions'] as const;

/** The press office's subscriptions (press `GET /subscriptions`: its own; admin all), each leading to its delivery log. */
export function SubscriptionListPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const list = useQuery({
    queryKey: subscriptionsKey,
    queryFn: async () =>
      unwrap<Page<SubscriptionView>>(await api.press.GET('/subscriptions', { params: { query: { pageSize: 100 } } })),
  });
  return (
    <Stack>
      <Title order={1}>{t('press.subscriptions.title')}</Title>
      <Text>{t('press.subscriptions.intro')}</Text>
      <QueryFeedback pending={list.isPending} error={list.error} />
      {list.data && (
        <>
          <Text>{t('press.subscriptions.count', { formatted: formatInteger(list.data.total, lang) })}</Text>
          {list.data.items.length === 0 ? (
            <Text>{t('press.subscriptions.empty')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
              {list.data.items.map((s) => (
                <Paper component="li" key={s.id} withBorder p="sm">
                  <Title order={2} size="h4">
                    {s.pressOffice}
                  </Title>
                  <SubscriptionFacts s={s} />
                  <Anchor component={Link} to={`/press/subscriptions/${s.id}`}>
                    {t('press.subscriptions.deliveries')}
                  </Anchor>
                </Paper>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

export function SubscriptionFacts({ s }: { s: SubscriptionView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const all = t('press.subscriptions.all');
  return (
    <dl className="facts">
      <div>
        <dt>{t('press.subscriptions.organizations')}</dt>
        <dd>{s.organizations.length ? s.organizations.join('; ') : all}</dd>
      </div>
      <div>
        <dt>{t('press.subscriptions.kinds')}</dt>
        <dd>{s.kinds.length ? s.kinds.map((k) => t(`drafts.kind.${k}`, { defaultValue: k })).join('; ') : all}</dd>
      </div>
      <div>
        <dt>{t('press.subscriptions.webhook')}</dt>
        <dd style={{ wordBreak: 'break-all' }}>{s.webhookUrl ?? t('press.subscriptions.noWebhook')}</dd>
      </div>
      <div>
        <dt>{t('press.subscriptions.created')}</dt>
        <dd>{formatWhen(s.createdAt, lang)}</dd>
      </div>
    </dl>
  );
}
