import { Anchor, Badge, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { LoadFailedPage, QueryFeedback } from '../api/query-state';
import type { Page } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { SubscriptionFacts, subscriptionsKey } from './subscription-list';
import type { DeliveryView, SubscriptionView } from './views';

/**
 * One subscription and its webhook delivery log (press `GET /subscriptions/{id}` and
 * `/deliveries`): each publication sent, its status and every attempt (HTTP status or error, time).
 */
export function SubscriptionDeliveriesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const subscription = useQuery({
    queryKey: [...subscriptionsKey, id],
    queryFn: async () =>
      unwrap<SubscriptionView>(await api.press.GET('/subscriptions/{id}', { params: { path: { id } } })),
    retry: false,
  });
  const deliveries = useQuery({
    queryKey: [...subscriptionsKey, id, 'deliveries'],
    enabled: subscription.isSuccess,
    refetchInterval: 10_000,
    queryFn: async () =>
      unwrap<Page<DeliveryView>>(
        await api.press.GET('/subscriptions/{id}/deliveries', { params: { path: { id }, query: { pageSize: 100 } } }),
      ),
  });
  const back = (
    <Anchor component={Link} to="/press/subscriptions">
      {t('press.subscriptions.back')}
    </Anchor>
  );
  if (subscription.error)
    return (
      <LoadFailedPage error={subscription.error} notFound={t('press.subscriptions.notFound')}>
        {back}
      </LoadFailedPage>
    );
  if (!subscription.data) return <Loader aria-label={t('conferences.loading')} />;
  const s = subscription.data;
  return (
    <Stack>
      {back}
      <Title order={1}>{s.pressOffice}</Title>
      <SubscriptionFacts s={s} />
      <Title order={2} size="h3">
        {t('press.subscriptions.deliveries')}
      </Title>
      <QueryFeedback pending={deliveries.isPending} error={deliveries.error} />
      {deliveries.data && (
        <>
          <Text>
            {t('press.subscriptions.deliveriesCount', { formatted: formatInteger(deliveries.data.total, lang) })}
          </Text>
          {deliveries.data.items.length === 0 ? (
            <Text>{t('press.subscriptions.noDeliveries')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
              {deliveries.data.items.map((d) => (
                <Paper component="li" key={d.id} withBorder p="sm">
                  <Text fw={600}>{formatWhen(d.createdAt, lang)}</Text>
                  <Badge
                    variant="filled"
                    color={d.status === 'failed' ? 'red.9' : d.status === 'delivered' ? 'teal.9' : 'gray.8'}
                  >
                    {t(`press.subscriptions.status.${d.status}`, { defaultValue: d.status })}
                  </Badge>
                  <dl className="facts">
                    <div>
                      <dt>{t('press.subscriptions.attempts')}</dt>
                      <dd>{formatInteger(d.attempts, lang)}</dd>
                    </div>
                    {d.deliveredAt && (
                      <div>
                        <dt>{t('press.subscriptions.deliveredAt')}</dt>
                        <dd>{formatWhen(d.deliveredAt, lang)}</dd>
                      </div>
                    )}
                    {d.lastError && (
                      <div>
                        <dt>{t('press.subscriptions.lastError')}</dt>
                        <dd>{d.lastError}</dd>
                      </div>
                    )}
                  </dl>
                  {d.log.length > 0 && (
                    <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                      {d.log.map((a) => (
                        <li key={a.attempt}>
                          <Text size="sm">
                            {t('press.subscriptions.attempt', {
                              attempt: a.attempt,
                              when: formatWhen(a.at, lang),
                              result: [
                                a.statusCode !== null
                                  ? t('press.subscriptions.httpStatus', { code: a.statusCode })
                                  : a.error,
                                a.durationMs !== null
                                  ? t('press.subscriptions.duration', { ms: formatInteger(a.durationMs, lang) })
                                  : null,
                              ]
                                .filter(Boolean)
                                .join(', '),
                            })}
                          </Text>
                        </li>
                      ))}
                    </ol>
                  )}
                </Paper>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
