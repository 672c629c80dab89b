import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/generated/awards';
import { unwrap } from '../api/problem';
import { currentLanguage } from '../i18n';
import { DecisionHeaderFields, emptyHeader, headerFieldOf, signerTitlesOf, type HeaderForm } from './decision-header';
import { decisionsKey } from './decision-list';
import { RefusalAlert } from './problem-alert';
import { placeErrors, todayInVietnam, useFocusFirstError } from './server-errors';
import type { DecisionView, RecipientKind } from './views';

type CreateDecision = components['schemas']['CreateDecisionDto'];
const KINDS: RecipientKind[] = ['individual', 'collective', 'household'];
const LINE_FIELDS = ['name', 'kind', 'awardType', 'unit', 'titles', 'achievementYear'] as const;
type LineField = (typeof LINE_FIELDS)[number];
type Line = Record<LineField, string>;
const emptyLine = (): Line => ({
  name: '',
  kind: 'individual',
  awardType: '',
  unit: '',
  titles: '',
  achievementYear: '',
});

/** `recipients[2].kind` → line 2, kind; `recipients[2].titles[0]` → line 2, titles. */
function fieldOf(path: string): string | undefined {
  const m = /^recipients\[(\d+)\]\.(\w+)/.exec(path);
  if (m) return (LINE_FIELDS as readonly string[]).includes(m[2]!) ? `${m[1]}.${m[2]}` : undefined;
  return headerFieldOf(path);
}

function bodyOf(h: HeaderForm, lines: Line[]): CreateDecision {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    number: h.number,
    date: h.date,
    authority: h.authority,
    signer: { name: h.signerName, titles: signerTitlesOf(h.signerTitles) },
    reason: opt(h.reason),
    conferenceId: opt(h.conferenceId),
    recipients: lines.map((l) => ({
      name: l.name,
      kind: l.kind as RecipientKind,
      awardType: l.awardType,
      unit: opt(l.unit),
      titles: signerTitlesOf(l.titles),
      // what was typed goes as typed: the service says what is wrong with it
      achievementYear: l.achievementYear.trim()
        ? Number.isInteger(Number(l.achievementYear))
          ? Number(l.achievementYear)
          : (l.achievementYear as unknown as number)
        : undefined,
    })),
  };
}

/** Issues a decision typed in line by line (a short list; a long one is imported from its file). */
export function DecisionCreatePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [header, setHeader] = useState<HeaderForm>(() => emptyHeader(todayInVietnam()));
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const create = useMutation({
    mutationFn: async (body: CreateDecision) =>
      unwrap<DecisionView>(
        await api.awards.POST('/decisions', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: decisionsKey });
      setHeader(emptyHeader(todayInVietnam()));
      setLines([emptyLine()]);
    },
    onSettled: () => setIdempotencyKey(crypto.randomUUID()),
  });
  const placed = placeErrors(create.error, lang, fieldOf);
  const errors = placed.byField as Record<string, string | undefined>;
  useFocusFirstError(formRef, create.error);

  const setLine = (i: number, f: LineField, v: string) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, [f]: v } : l)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(bodyOf(header, lines));
  };

  return (
    <Stack>
      <Title order={1}>{t('awards.create.title')}</Title>
      {create.isError && (
        <RefusalAlert
          title={t('awards.create.errorsTitle')}
          problem={placed.problem}
          count={placed.count}
          unplaced={placed.unplaced}
        />
      )}
      {create.data && (
        <Alert
          color="teal.9"
          variant="outline"
          role="status"
          title={t('awards.create.done', { number: create.data.number })}
        >
          {create.data.announcement}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <DecisionHeaderFields
            value={header}
            onChange={(f, v) => setHeader((h) => ({ ...h, [f]: v }))}
            errors={placed.byField as Partial<Record<keyof HeaderForm, string>>}
          />
          <Title order={2} size="h3">
            {t('awards.create.recipients')}
          </Title>
          {lines.map((l, i) => {
            const input = (f: LineField) => ({
              name: `recipients[${i}].${f}`,
              value: l[f],
              error: errors[`${i}.${f}`],
              onChange: (e: { currentTarget: { value: string } }) => setLine(i, f, e.currentTarget.value),
            });
            return (
              <Fieldset key={i} legend={t('awards.create.recipient', { n: i + 1 })}>
                <Stack gap="xs">
                  <TextInput label={t('awards.create.name')} withAsterisk {...input('name')} />
                  <SimpleGrid cols={{ base: 1, xs: 2 }}>
                    <NativeSelect
                      label={t('awards.create.kind')}
                      data={KINDS.map((k) => ({ value: k, label: t(`awards.recipientKind.${k}`) }))}
                      {...input('kind')}
                    />
                    <TextInput label={t('awards.create.awardType')} withAsterisk {...input('awardType')} />
                    <TextInput label={t('awards.create.unit')} {...input('unit')} />
                    <TextInput label={t('awards.create.titles')} {...input('titles')} />
                    <TextInput
                      label={t('awards.create.achievementYear')}
                      inputMode="numeric"
                      {...input('achievementYear')}
                    />
                  </SimpleGrid>
                  {lines.length > 1 && (
                    <div>
                      <Button
                        variant="subtle"
                        color="red.9"
                        size="xs"
                        onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                      >
                        {t('awards.create.remove', { n: i + 1 })}
                      </Button>
                    </div>
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          <Group>
            <Button variant="outline" onClick={() => setLines((ls) => [...ls, emptyLine()])}>
              {t('awards.create.add')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('awards.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
