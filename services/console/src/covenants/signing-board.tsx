import { Alert, Badge, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, problemText, unwrap } from '../api/problem';
import type { CovenantView } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { useLiveEvents } from '../live/live-events';

/** a green dark enough for white text at 4.5:1 (Mantine's green 9 gives 4.2:1) */
const SIGNED_GREEN = '#1e6b30';

export const covenantKey = (id: string) => ['covenants', 'covenant', id] as const;

/**
 * The cluster lead's signing board (bảng theo dõi ký giao ước): each party, whether its leader has
 * signed, filled in live from the gateway's events (each one refetches the covenant: the service
 * stays the one source), and the covenant marked fully signed at the last signature.
 */
export function SigningBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const [lastNews, setLastNews] = useState<string>();
  const covenant = useQuery({
    queryKey: covenantKey(id),
    queryFn: async () => unwrap<CovenantView>(await api.covenants.GET('/covenants/{id}', { params: { path: { id } } })),
  });
  useLiveEvents({
    'signature-recorded': (e) => {
      if (e.covenantId !== id) return;
      setLastNews(
        t('signing.justSigned', {
          unit: e.unitName,
          name: e.signatory.name,
          signed: formatInteger(e.signedCount, lang),
          total: formatInteger(e.partyCount, lang),
        }),
      );
      void queryClient.invalidateQueries({ queryKey: covenantKey(id) });
    },
    'covenant-signed': (e) => {
      if (e.covenantId !== id) return;
      setLastNews(t('signing.fullySigned'));
      void queryClient.invalidateQueries({ queryKey: covenantKey(id) });
    },
  });

  if (covenant.error) {
    const e = covenant.error;
    const notFound = e instanceof ApiError && (e.status === 404 || e.status === 400);
    return (
      <Stack>
        <Title order={1}>{notFound ? t('signing.notFound') : t('error.generic')}</Title>
        {!notFound && e instanceof ApiError && <Alert color="red">{problemText(e.problem, lang)?.detail}</Alert>}
      </Stack>
    );
  }
  if (!covenant.data) return <Loader aria-label={t('conferences.loading')} />;
  const c = covenant.data;
  const full = c.status === 'fully_signed' || c.status === 'evaluated';
  const parties = [...c.parties].sort((a, b) => a.order - b.order);
  return (
    <Stack>
      <Title order={1}>{c.title}</Title>
      <Text>
        {c.clusterName} · {t('signing.year', { year: c.year })}
      </Text>
      <Paper withBorder p="sm">
        <Text fw={600} id="signing-progress-label">
          {t('signing.progress', {
            signed: formatInteger(c.progress.signed, lang),
            total: formatInteger(c.progress.total, lang),
          })}
        </Text>
        {/* the section is the progressbar: it carries the name */}
        <Progress.Root mt="xs">
          <Progress.Section
            value={c.progress.total ? (100 * c.progress.signed) / c.progress.total : 0}
            aria-labelledby="signing-progress-label"
            color={full ? SIGNED_GREEN : 'blue.9'}
          />
        </Progress.Root>
      </Paper>
      {full && (
        <Alert variant="filled" color={SIGNED_GREEN} title={t('signing.fullySigned')} data-testid="fully-signed">
          {c.fullySignedAt ? t('signing.fullySignedAt', { when: formatWhen(c.fullySignedAt, lang) }) : null}
        </Alert>
      )}
      {/* read out as signatures arrive; the list below is the record */}
      <Text role="status" aria-live="polite" size="sm">
        {lastNews ?? ''}
      </Text>
      <Title order={2}>{t('signing.parties')}</Title>
      <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
        {parties.map((p) => (
          <Paper component="li" key={p.id} withBorder p="sm" data-party={p.unitName}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>
                {formatInteger(p.order, lang)}. {p.unitName}
              </Text>
              <Badge variant="filled" color={p.signature ? SIGNED_GREEN : 'gray.8'}>
                {p.signature ? t('signing.signed') : t('signing.unsigned')}
              </Badge>
            </Group>
            {p.signature && (
              <Text size="sm">
                {[p.signature.signatory.name, ...p.signature.signatory.titles].join(', ')} ·{' '}
                {formatWhen(p.signature.signedAt, lang)}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
