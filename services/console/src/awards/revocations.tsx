import { Alert, Button, Checkbox, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { Page } from '../api/views';
import { currentLanguage } from '../i18n';
import { DecisionHeaderFields, emptyHeader, headerFieldOf, signerTitlesOf, type HeaderForm } from './decision-header';
import { decisionsKey } from './decision-list';
import { RefusalAlert } from './problem-alert';
import { placeErrors, todayInVietnam, useFocusFirstError } from './server-errors';
import type { AwardView, DecisionSummary, RevocationView } from './views';

/**
 * Thu hồi: awards of an issued decision revoked by a later decision with its reason. The
 * service keeps them (marked revoked) and refuses an unknown or already revoked award.
 */
export function RevocationsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [decisionId, setDecisionId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [header, setHeader] = useState<HeaderForm>(() => emptyHeader(todayInVietnam()));
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const decisions = useQuery({
    queryKey: [...decisionsKey, 'conferments'],
    queryFn: async () =>
      unwrap<Page<DecisionSummary>>(
        await api.awards.GET('/decisions', { params: { query: { pageSize: 100, kind: 'conferment' } } }),
      ),
  });
  const awards = useQuery({
    queryKey: ['awards', 'decision-awards', decisionId],
    enabled: Boolean(decisionId),
    queryFn: async () =>
      unwrap<Page<AwardView>>(
        await api.awards.GET('/decisions/{id}/awards', {
          params: { path: { id: decisionId }, query: { pageSize: 100 } },
        }),
      ),
  });
  const revoke = useMutation({
    mutationFn: async () =>
      unwrap<RevocationView>(
        await api.awards.POST('/revocations', {
          body: {
            number: header.number,
            date: header.date,
            authority: header.authority,
            signer: { name: header.signerName, titles: signerTitlesOf(header.signerTitles) },
            reason: header.reason,
            awardIds: chosen,
          },
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: async () => {
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: ['awards'] });
    },
    onSettled: () => setIdempotencyKey(crypto.randomUUID()),
  });
  const placed = placeErrors(revoke.error, lang, (p) => (p.startsWith('awardIds') ? 'awardIds' : headerFieldOf(p)));
  useFocusFirstError(formRef, revoke.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    revoke.mutate();
  };

  return (
    <Stack>
      <Title order={1}>{t('awards.revocations.title')}</Title>
      <Text>{t('awards.revocations.intro')}</Text>
      {revoke.isError && (
        <RefusalAlert
          title={t('awards.revocations.errorsTitle')}
          problem={placed.problem}
          count={placed.count}
          unplaced={placed.unplaced}
        />
      )}
      {revoke.data && (
        <Alert color="teal.9" variant="outline" role="status">
          {t('awards.revocations.done', { count: revoke.data.revoked.length, number: revoke.data.decision.number })}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('awards.revocations.decision')}
            name="decision"
            value={decisionId}
            onChange={(e) => {
              setDecisionId(e.currentTarget.value);
              setChosen([]);
            }}
            data={[
              { value: '', label: t('awards.revocations.chooseDecision') },
              ...(decisions.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.number} — ${d.authority}` })),
            ]}
          />
          {awards.isFetching && <Loader aria-label={t('conferences.loading')} />}
          {awards.data && (
            <Checkbox.Group
              label={t('awards.revocations.awards')}
              value={chosen}
              onChange={setChosen}
              error={placed.byField.awardIds}
            >
              <Stack gap="xs" mt="xs">
                {awards.data.items.length === 0 && <Text>{t('awards.revocations.noAwards')}</Text>}
                {awards.data.items.map((a) => (
                  <Checkbox
                    key={a.id}
                    value={a.id}
                    disabled={a.revocation !== null}
                    aria-label={t('awards.revocations.select', { name: a.recipient.name })}
                    label={`${a.recipient.name} — ${a.awardType.name}${a.revocation ? ` (${t('awards.revocations.revoked')})` : ''}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <DecisionHeaderFields
            value={header}
            onChange={(f, v) => setHeader((h) => ({ ...h, [f]: v }))}
            errors={placed.byField}
            reasonLabel={t('awards.revocations.reason')}
            withConference={false}
          />
          <div>
            <Button type="submit" color="red.9" loading={revoke.isPending}>
              {t('awards.revocations.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
