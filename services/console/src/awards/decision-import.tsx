import { Alert, Anchor, Button, FileInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { components } from '../api/generated/awards';
import { ApiError, unwrap } from '../api/problem';
import { formatInteger } from '../format';
import { currentLanguage, type Language } from '../i18n';
import { DecisionHeaderFields, emptyHeader, headerFieldOf, type HeaderForm } from './decision-header';
import { decisionsKey } from './decision-list';
import { RefusalAlert } from './problem-alert';
import { placeErrors, todayInVietnam, useFocusFirstError } from './server-errors';
import type { DecisionView } from './views';

type ImportBody = components['schemas']['ImportDecisionDto'];

/** One refused row of the file: `rows[1779].kind` → row 1779 (the row number the clerk sees in Excel), column kind. */
export interface RowProblem {
  row: number;
  field: string;
  reason: string;
}

const OPTIONAL = new Set(['signerTitles', 'reason', 'conferenceId']);
const ROW_PATH = /^rows\[(\d+)\](?:\.(.+))?$/;

export function rowProblems(error: unknown, lang: Language): RowProblem[] {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const out: RowProblem[] = [];
  for (const e of problem?.errors ?? []) {
    const m = ROW_PATH.exec(e.field);
    if (m) out.push({ row: Number(m[1]), field: m[2] ?? '', reason: e[lang] ?? e.en });
  }
  return out.sort((a, b) => a.row - b.row);
}

/**
 * Imports a decision from its award list: the header as fields, the file as the service reads
 * it. The service checks every row before it saves any; a refusal lists each bad row (row
 * number, column, reason) in a table, nothing saved, and the clerk fixes the file and sends it again.
 */
export function DecisionImportPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [header, setHeader] = useState<HeaderForm>(() => emptyHeader(todayInVietnam()));
  const [file, setFile] = useState<File | null>(null);
  // a key per attempt: a retried request imports once; a corrected file is a new attempt
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const importing = useMutation({
    mutationFn: async () => {
      const body = {
        number: header.number,
        date: header.date,
        authority: header.authority,
        signerName: header.signerName,
        signerTitles: header.signerTitles,
        reason: header.reason,
        conferenceId: header.conferenceId,
        file: '',
      } satisfies ImportBody;
      return unwrap<DecisionView>(
        await api.awards.POST('/decisions/import', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          // multipart: the header fields beside the file; an empty required field goes empty, for
          // the service to name it; an empty optional one is left out
          bodySerializer: (b) => {
            const form = new FormData();
            for (const [k, v] of Object.entries(b))
              if (k !== 'file' && (v !== '' || !OPTIONAL.has(k))) form.append(k, String(v));
            if (file) form.append('file', file, file.name);
            return form;
          },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionsKey }),
    onSettled: () => setIdempotencyKey(crypto.randomUUID()),
  });

  const rows = rowProblems(importing.error, lang);
  const placed = placeErrors(importing.error, lang, (p) =>
    ROW_PATH.test(p) ? undefined : p === 'file' ? 'file' : headerFieldOf(p),
  );
  const headerErrors = placed.byField;
  const unplaced = placed.unplaced.filter((m) => !rows.some((r) => r.reason === m));
  useFocusFirstError(formRef, importing.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    importing.mutate();
  };
  const fieldName = (f: string) => t(`awards.import.fields.${f}`, { defaultValue: f });

  return (
    <Stack>
      <Title order={1}>{t('awards.import.title')}</Title>
      <Text>{t('awards.import.intro')}</Text>
      {importing.isError && rows.length > 0 && (
        <Alert color="red" role="alert" title={t('awards.import.refusedTitle')}>
          {t('awards.import.refusedDetail', { count: rows.length })}
        </Alert>
      )}
      {importing.isError && rows.length === 0 && (
        <RefusalAlert
          title={t('awards.import.errorsTitle')}
          problem={placed.problem}
          count={placed.count}
          unplaced={unplaced}
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped withTableBorder>
            <Table.Caption>{t('awards.import.rowsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('awards.import.row')}</Table.Th>
                <Table.Th scope="col">{t('awards.import.field')}</Table.Th>
                <Table.Th scope="col">{t('awards.import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.row}-${r.field}-${r.reason}`}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{fieldName(r.field)}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {importing.data && (
        <Alert
          color="teal.9"
          variant="outline"
          role="status"
          title={t('awards.import.done', {
            number: importing.data.number,
            rows: formatInteger(importing.data.importedRows ?? importing.data.recipientCount, lang),
          })}
        >
          <Stack gap="xs">
            <Text>{importing.data.announcement}</Text>
            <Anchor component={Link} to={`/awards/statistics?year=${importing.data.year}`}>
              {t('awards.import.statistics', { year: importing.data.year })}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <DecisionHeaderFields
            value={header}
            onChange={(f, v) => setHeader((h) => ({ ...h, [f]: v }))}
            errors={headerErrors}
          />
          <FileInput
            label={t('awards.import.file')}
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            value={file}
            onChange={setFile}
            error={placed.byField.file}
            withAsterisk
            clearable
            clearButtonProps={{ 'aria-label': t('awards.import.clearFile') }}
          />
          <div>
            <Button type="submit" loading={importing.isPending}>
              {t('awards.import.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
