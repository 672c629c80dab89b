import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { officialDate } from '@tdkt/vietnamese';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ApiError, problemText, unwrap } from '../api/problem';
import type { Page } from '../api/views';
import { formatInteger } from '../format';
import { currentLanguage } from '../i18n';
import type { DecisionSummary } from './views';

export const decisionsKey = ['awards', 'decisions'] as const;

/** The organization's decisions, newest first, by year. */
export function DecisionListPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [yearInput, setYearInput] = useState('');
  const [year, setYear] = useState<number | undefined>(undefined);
  const list = useQuery({
    queryKey: [...decisionsKey, year ?? 'all'],
    queryFn: async () =>
      unwrap<Page<DecisionSummary>>(
        await api.awards.GET('/decisions', { params: { query: { pageSize: 100, ...(year ? { year } : {}) } } }),
      ),
  });
  const filter = (e: FormEvent) => {
    e.preventDefault();
    setYear(yearInput.trim() ? Number(yearInput) : undefined);
  };

  return (
    <Stack>
      <Title order={1}>{t('awards.decisions.title')}</Title>
      <Group gap="xs">
        <Button component={Link} to="/awards/decisions/new">
          {t('awards.decisions.create')}
        </Button>
        <Button component={Link} to="/awards/decisions/import" variant="outline">
          {t('awards.decisions.import')}
        </Button>
      </Group>
      <form onSubmit={filter}>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('awards.decisions.year')}
            name="year"
            inputMode="numeric"
            value={yearInput}
            onChange={(e) => setYearInput(e.currentTarget.value)}
            w={120}
          />
          <Button type="submit" variant="default">
            {t('awards.decisions.filter')}
          </Button>
        </Group>
      </form>
      {list.isPending && <Loader aria-label={t('conferences.loading')} />}
      {list.error && (
        <Alert color="red" role="alert" title={t('error.generic')}>
          {list.error instanceof ApiError ? problemText(list.error.problem, lang)?.detail : null}
        </Alert>
      )}
      {list.data && (
        <>
          <Text>{t('awards.decisions.count', { formatted: formatInteger(list.data.total, lang) })}</Text>
          {list.data.items.length === 0 ? (
            <Text>{t('awards.decisions.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('awards.decisions.number')}</Table.Th>
                    <Table.Th scope="col">{t('awards.decisions.date')}</Table.Th>
                    <Table.Th scope="col">{t('awards.decisions.authority')}</Table.Th>
                    <Table.Th scope="col">{t('awards.decisions.recipients')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Text fw={600} size="sm">
                          {d.number}
                        </Text>
                        <Badge variant="filled" color={d.kind === 'revocation' ? 'red.9' : 'gray.8'} size="sm">
                          {t(`awards.decisions.${d.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{lang === 'vi' ? officialDate(d.date) : d.date}</Table.Td>
                      <Table.Td>{d.authority}</Table.Td>
                      <Table.Td>{formatInteger(d.recipientCount, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
