import { Button, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { formatInteger } from '../format';
import { currentLanguage } from '../i18n';
import { AwardChart } from './award-chart';
import { RefusalAlert } from './problem-alert';
import { placeErrors } from './server-errors';
import type { StatisticsView } from './views';

/**
 * Awards counted per award type and recipient kind for a year or a conference, in rank order
 * (the service's order: highest first), with the sentence the press announces. Revoked awards
 * are not counted (the service's rule). The scope is in the address: a link can be shared.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? '';
  const conferenceId = params.get('conferenceId') ?? '';
  const [form, setForm] = useState({ year: year || String(new Date().getFullYear()), conferenceId });

  const stats = useQuery({
    queryKey: ['awards', 'statistics', year, conferenceId],
    enabled: Boolean(year || conferenceId),
    retry: false,
    queryFn: async () =>
      unwrap<StatisticsView>(
        await api.awards.GET('/statistics/awards', {
          params: {
            query: {
              ...(conferenceId ? { conferenceId } : {}),
              // the service validates the year: what was typed is sent as it is
              ...(year && !conferenceId ? { year: year as unknown as number } : {}),
            },
          },
        }),
      ),
  });
  const placed = placeErrors(stats.error, lang, (p) =>
    p === 'year' || p === 'conferenceId' ? (p as 'year' | 'conferenceId') : undefined,
  );

  const show = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (form.conferenceId.trim()) next.set('conferenceId', form.conferenceId.trim());
    else next.set('year', form.year.trim());
    setParams(next);
  };
  const n = (v: number) => formatInteger(v, lang);
  const data = stats.data;

  return (
    <Stack>
      <Title order={1}>{t('awards.statistics.title')}</Title>
      <form onSubmit={show} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('awards.statistics.year')}
              name="year"
              inputMode="numeric"
              value={form.year}
              onChange={(e) => setForm({ ...form, year: e.currentTarget.value })}
              error={placed.byField.year}
            />
            <TextInput
              label={t('awards.statistics.conferenceId')}
              description={t('awards.statistics.conferenceHint')}
              name="conferenceId"
              value={form.conferenceId}
              onChange={(e) => setForm({ ...form, conferenceId: e.currentTarget.value })}
              error={placed.byField.conferenceId}
            />
          </SimpleGrid>
          <div>
            <Button type="submit">{t('awards.statistics.show')}</Button>
          </div>
        </Stack>
      </form>
      {stats.isFetching && <Loader aria-label={t('conferences.loading')} />}
      {stats.isError && (
        <RefusalAlert
          title={t('awards.statistics.errorsTitle')}
          problem={placed.problem}
          count={0}
          unplaced={placed.unplaced}
        />
      )}
      {data && (
        <Stack aria-live="polite">
          <Title order={2}>
            {data.scope.conferenceTitle ?? t('awards.statistics.scopeYear', { year: data.scope.year ?? '' })}
          </Title>
          {data.items.length === 0 ? (
            <Text>{t('awards.statistics.empty')}</Text>
          ) : (
            <>
              <Paper withBorder p="sm">
                <Text fw={600}>{t('awards.statistics.announcement')}</Text>
                <Text>{data.announcement}</Text>
              </Paper>
              <Table.ScrollContainer minWidth={320}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('awards.statistics.awardType')}</Table.Th>
                      <Table.Th scope="col">{t('awards.statistics.collectives')}</Table.Th>
                      <Table.Th scope="col">{t('awards.statistics.individuals')}</Table.Th>
                      <Table.Th scope="col">{t('awards.statistics.households')}</Table.Th>
                      <Table.Th scope="col">{t('awards.statistics.total')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.awardType.code}>
                        <Table.Th scope="row">{i.awardType.name}</Table.Th>
                        <Table.Td>{n(i.collectives)}</Table.Td>
                        <Table.Td>{n(i.individuals)}</Table.Td>
                        <Table.Td>{n(i.households)}</Table.Td>
                        <Table.Td>{n(i.total)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th scope="row">{t('awards.statistics.totals')}</Table.Th>
                      <Table.Td>{n(data.totals.collectives)}</Table.Td>
                      <Table.Td>{n(data.totals.individuals)}</Table.Td>
                      <Table.Td>{n(data.totals.households)}</Table.Td>
                      <Table.Td>
                        {n(data.totals.collectives + data.totals.individuals + data.totals.households)}
                      </Table.Td>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
              <AwardChart items={data.items} />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
