import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ApiError, problemText, unwrap } from '../api/problem';
import type { Page } from '../api/views';
import { formatInteger } from '../format';
import { currentLanguage } from '../i18n';
import { todayInVietnam } from './server-errors';
import type { AwardTypeView } from './views';

export const catalogKey = ['awards', 'award-types'] as const;

/** The award catalog as valid on a day, rank order: the law's types and the province's own. */
export function CatalogPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [validOn, setValidOn] = useState(todayInVietnam());
  const list = useQuery({
    queryKey: [...catalogKey, validOn],
    queryFn: async () =>
      unwrap<Page<AwardTypeView>>(
        await api.awards.GET('/award-types', {
          params: { query: { pageSize: 100, ...(validOn ? { validOn } : {}) } },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={1}>{t('awards.catalog.title')}</Title>
      <Group align="flex-end" justify="space-between">
        <TextInput
          type="date"
          label={t('awards.catalog.validOn')}
          name="validOn"
          value={validOn}
          onChange={(e) => setValidOn(e.currentTarget.value)}
        />
        <Button component={Link} to="/awards/catalog/new">
          {t('awards.catalog.add')}
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
          <Text>{t('awards.catalog.count', { formatted: formatInteger(list.data.total, lang) })}</Text>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('awards.catalog.rank')}</Table.Th>
                <Table.Th scope="col">{t('awards.catalog.name')}</Table.Th>
                <Table.Th scope="col">{t('awards.catalog.authority')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.rank}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {a.name}
                    </Text>
                    {/* codes are long words (GIAY_KHEN_CHU_TICH_UBND_HUYEN): broken anywhere, no sideways scroll at 360 px */}
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {a.code} · {t(`awards.family.${a.family}`)}
                    </Text>
                    {a.tenant && (
                      <Badge variant="filled" color="teal.9" size="sm">
                        {t('awards.catalog.local')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{a.conferringAuthority}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
