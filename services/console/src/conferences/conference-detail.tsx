import { Alert, Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, problemText, unwrap } from '../api/problem';
import type { ConferenceDetail } from '../api/views';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';

export function ConferenceDetailPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { id = '' } = useParams();
  const conference = useQuery({
    queryKey: ['agenda', 'conference', id],
    queryFn: async () =>
      unwrap<ConferenceDetail>(await api.agenda.GET('/conferences/{id}', { params: { path: { id } } })),
  });
  const back = (
    <Anchor component={Link} to="/conferences">
      {t('conferences.back')}
    </Anchor>
  );

  if (conference.isPending) return <Loader aria-label={t('conferences.loading')} />;
  if (conference.error) {
    const e = conference.error;
    const notFound = e instanceof ApiError && (e.status === 404 || e.status === 400);
    return (
      <Stack>
        <Title order={1}>{notFound ? t('conferences.notFound') : t('error.generic')}</Title>
        {!notFound && e instanceof ApiError && <Alert color="red">{problemText(e.problem, lang)?.detail}</Alert>}
        {back}
      </Stack>
    );
  }
  const c = conference.data;
  const rows: Array<[string, string]> = [
    [t('conferences.status'), t(`status.${c.status}`, { defaultValue: c.status })],
    [t('create.kind'), t(`kind.${c.kind}`, { defaultValue: c.kind })],
    [t('conferences.organizer'), c.organizer.name],
    [t('conferences.year'), String(c.yearReviewed)],
    [t('create.startsAt'), formatWhen(c.startsAt, lang, c.timeZone)],
    [t('create.endsAt'), formatWhen(c.endsAt, lang, c.timeZone)],
    [t('create.format'), t(`format.${c.format}`, { defaultValue: c.format })],
    [
      t('conferences.venue'),
      c.venue ? [c.venue.name, c.venue.address].filter(Boolean).join(', ') : t('conferences.noVenue'),
    ],
    [t('conferences.guests'), formatInteger(c.guestCount, lang)],
  ];
  return (
    <Stack>
      {back}
      <Title order={1}>{c.title}</Title>
      <dl className="facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <Title order={2}>{t('conferences.segments')}</Title>
      {c.segments.length === 0 ? (
        <Text>{t('conferences.noSegments')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <Table.Tbody>
              {c.segments.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.startTime ? `${s.startTime}–${s.endTime ?? ''}` : ''}</Table.Td>
                  <Table.Td>{s.title}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {c.connectionPoints.length > 0 && (
        <>
          <Title order={2}>{t('conferences.connectionPoints')}</Title>
          <ul>
            {c.connectionPoints.map((p) => (
              <li key={p.id}>
                {p.name}
                {p.expectedAttendees !== null ? ` (${formatInteger(p.expectedAttendees, lang)})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
