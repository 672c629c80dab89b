import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import type { components } from '../api/generated/agenda';
import { ApiError, fieldErrors, problemText, unwrap } from '../api/problem';
import type { ConferenceDetail } from '../api/views';
import { vietnamInstant } from '../format';
import { currentLanguage } from '../i18n';
import { conferencesKey } from './conference-list';

type CreateConference = components['schemas']['CreateConferenceDto'];
const KINDS: CreateConference['kind'][] = ['provincial-review', 'cluster-review', 'mid-year-review', 'other'];
const FORMATS: CreateConference['format'][] = ['in-person', 'online', 'hybrid'];

interface Form {
  organizerName: string;
  kind: CreateConference['kind'];
  title: string;
  yearReviewed: string;
  yearLaunched: string;
  startsAt: string;
  endsAt: string;
  format: CreateConference['format'];
}

const year = new Date().getFullYear();
const EMPTY: Form = {
  organizerName: '',
  kind: 'provincial-review',
  title: '',
  yearReviewed: String(year - 1),
  yearLaunched: String(year),
  startsAt: '',
  endsAt: '',
  format: 'in-person',
};

/** The form as the service's body: what the user left empty is left out, for the service to name. */
function bodyOf(f: Form): CreateConference {
  return {
    organizer: { name: f.organizerName },
    kind: f.kind,
    ...(f.title.trim() ? { title: f.title.trim() } : {}),
    yearReviewed: f.yearReviewed === '' ? (undefined as unknown as number) : Number(f.yearReviewed),
    yearLaunched: f.yearLaunched === '' ? (undefined as unknown as number) : Number(f.yearLaunched),
    startsAt: vietnamInstant(f.startsAt),
    endsAt: vietnamInstant(f.endsAt),
    format: f.format,
  };
}

/** The service's field paths → the form's inputs. */
const FIELD_OF: Record<string, keyof Form> = {
  'organizer.name': 'organizerName',
  organizer: 'organizerName',
  kind: 'kind',
  title: 'title',
  yearReviewed: 'yearReviewed',
  yearLaunched: 'yearLaunched',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  format: 'format',
};

/**
 * Creates a draft conference. Nothing is checked here beyond what the inputs are: the service
 * validates, and every field error it answers (in Vietnamese and English) is shown under its input.
 */
export function CreateConferencePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(EMPTY);
  const formRef = useRef<HTMLFormElement>(null);
  // one key per form filled in: a retried request (a dropped answer) creates one conference, not two
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const create = useMutation({
    mutationFn: async (body: CreateConference) =>
      unwrap<ConferenceDetail>(
        await api.agenda.POST('/conferences', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
      ),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: conferencesKey });
      void navigate(`/conferences/${c.id}`);
    },
    onError: () => setIdempotencyKey(crypto.randomUUID()),
  });

  const problem = create.error instanceof ApiError ? create.error.problem : undefined;
  const byPath = fieldErrors(problem, lang);
  const errors: Partial<Record<keyof Form, string>> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(byPath)) {
    const field = FIELD_OF[path];
    if (field) errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
    else unplaced.push(message);
  }

  // after a refusal, the first field in error gets the focus: its message is read with it
  useEffect(() => {
    if (create.isError) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [create.isError, create.error]);

  const set = (k: keyof Form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [k]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(bodyOf(form));
  };
  const summary = problemText(problem, lang);

  return (
    <Stack>
      <Title order={1}>{t('create.title')}</Title>
      {create.isError && (
        <Alert color="red" title={t('create.errorsTitle')} role="alert">
          {Object.keys(byPath).length > 0
            ? t('create.fieldsInError', { count: Object.keys(byPath).length })
            : (summary?.detail ?? t('error.generic'))}
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('create.organizerName')}
            name="organizerName"
            value={form.organizerName}
            onChange={set('organizerName')}
            error={errors.organizerName}
            withAsterisk
            autoComplete="organization"
          />
          <NativeSelect
            label={t('create.kind')}
            name="kind"
            value={form.kind}
            onChange={set('kind')}
            error={errors.kind}
            data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <TextInput
            label={t('create.conferenceTitle')}
            description={t('create.conferenceTitleHint')}
            name="title"
            value={form.title}
            onChange={set('title')}
            error={errors.title}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('create.yearReviewed')}
              name="yearReviewed"
              inputMode="numeric"
              value={form.yearReviewed}
              onChange={set('yearReviewed')}
              error={errors.yearReviewed}
              withAsterisk
            />
            <TextInput
              label={t('create.yearLaunched')}
              name="yearLaunched"
              inputMode="numeric"
              value={form.yearLaunched}
              onChange={set('yearLaunched')}
              error={errors.yearLaunched}
              withAsterisk
            />
            <TextInput
              type="datetime-local"
              label={t('create.startsAt')}
              description={t('create.timeHint')}
              name="startsAt"
              value={form.startsAt}
              onChange={set('startsAt')}
              error={errors.startsAt}
              withAsterisk
            />
            <TextInput
              type="datetime-local"
              label={t('create.endsAt')}
              description={t('create.timeHint')}
              name="endsAt"
              value={form.endsAt}
              onChange={set('endsAt')}
              error={errors.endsAt}
              withAsterisk
            />
          </SimpleGrid>
          <NativeSelect
            label={t('create.format')}
            name="format"
            value={form.format}
            onChange={set('format')}
            error={errors.format}
            data={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
          />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
