import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/generated/awards';
import { unwrap } from '../api/problem';
import { currentLanguage } from '../i18n';
import { catalogKey } from './catalog';
import { RefusalAlert } from './problem-alert';
import { placeErrors, todayInVietnam, useFocusFirstError } from './server-errors';
import type { AwardTypeView, RecipientKind } from './views';

type CreateAwardType = components['schemas']['CreateAwardTypeDto'];
const TEXT_FIELDS = [
  'code',
  'name',
  'conferringAuthority',
  'rank',
  'legalBasis',
  'validFrom',
  'validTo',
  'organization',
] as const;
type Field = (typeof TEXT_FIELDS)[number] | 'family' | 'recipientKinds';
const KINDS: RecipientKind[] = ['individual', 'collective', 'household'];

/** Adds the province's own award type (a provincial badge) to the catalog; the service checks every field. */
export function AwardTypeCreatePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<Record<(typeof TEXT_FIELDS)[number], string>>({
    code: '',
    name: '',
    conferringAuthority: '',
    rank: '500',
    legalBasis: '',
    validFrom: todayInVietnam(),
    validTo: '',
    organization: '',
  });
  const [family, setFamily] = useState<CreateAwardType['family']>('award-form');
  const [kinds, setKinds] = useState<string[]>(['individual']);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const add = useMutation({
    mutationFn: async () =>
      unwrap<AwardTypeView>(
        await api.awards.POST('/award-types', {
          body: {
            ...form,
            validTo: form.validTo || undefined,
            // a rank that is not a number is sent as typed, for the service to name
            rank: /^\d+$/.test(form.rank) ? Number(form.rank) : (form.rank as unknown as number),
            family,
            recipientKinds: kinds as RecipientKind[],
          },
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKey }),
    onSettled: () => setIdempotencyKey(crypto.randomUUID()),
  });
  const placed = placeErrors<Field>(add.error, lang, (p) => {
    const f = p.replace(/\[\d+\]$/, '');
    return [...TEXT_FIELDS, 'family', 'recipientKinds'].includes(f) ? (f as Field) : undefined;
  });
  useFocusFirstError(formRef, add.error);

  const input = (f: (typeof TEXT_FIELDS)[number]) => ({
    name: f,
    label: t(`awards.newType.${f}`),
    value: form[f],
    error: placed.byField[f],
    onChange: (e: { currentTarget: { value: string } }) => {
      const v = e.currentTarget.value;
      setForm((s) => ({ ...s, [f]: v }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };

  return (
    <Stack>
      <Title order={1}>{t('awards.newType.title')}</Title>
      {add.isError && (
        <RefusalAlert
          title={t('awards.newType.errorsTitle')}
          problem={placed.problem}
          count={placed.count}
          unplaced={placed.unplaced}
        />
      )}
      {add.data && (
        <Alert color="teal.9" variant="outline" role="status">
          {t('awards.newType.done', { name: add.data.name })}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput withAsterisk {...input('code')} />
            <NativeSelect
              name="family"
              label={t('awards.newType.family')}
              value={family}
              onChange={(e) => setFamily(e.currentTarget.value as CreateAwardType['family'])}
              error={placed.byField.family}
              data={(['award-form', 'emulation-title'] as const).map((f) => ({
                value: f,
                label: t(`awards.family.${f}`),
              }))}
            />
          </SimpleGrid>
          <TextInput withAsterisk {...input('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput withAsterisk {...input('conferringAuthority')} />
            <TextInput withAsterisk {...input('organization')} />
            <TextInput withAsterisk inputMode="numeric" {...input('rank')} />
            <TextInput withAsterisk {...input('legalBasis')} />
            <TextInput withAsterisk type="date" {...input('validFrom')} />
            <TextInput type="date" {...input('validTo')} />
          </SimpleGrid>
          <Checkbox.Group
            label={t('awards.newType.recipientKinds')}
            value={kinds}
            onChange={setKinds}
            error={placed.byField.recipientKinds}
            withAsterisk
          >
            <Group mt="xs">
              {KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`awards.recipientKind.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <div>
            <Button type="submit" loading={add.isPending}>
              {t('awards.newType.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
