import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiError, fieldErrors, problemText, unwrap } from '../api/problem';
import { useFocusFirstError } from '../awards/server-errors';
import { currentLanguage } from '../i18n';
import { useDraftChanged } from './draft-queries';
import type { DraftStatus, DraftView } from './views';

type Action = 'submit' | 'approve' | 'reject' | 'publish';

/**
 * The steps a role may take from a status, as the press service's workflow has them (its
 * domain/workflow.ts): the buttons follow them, and the service still decides — a refusal
 * (four eyes, a step another person took meanwhile) is shown as it answered.
 */
export function actionsFor(status: DraftStatus, roles: readonly string[]): Action[] {
  const officer = roles.includes('press-officer');
  const lead = roles.includes('press-lead');
  const out: Action[] = [];
  if ((officer || lead) && (status === 'draft' || status === 'rejected')) out.push('submit');
  if (lead && status === 'in_review') out.push('approve', 'reject');
  if (lead && status === 'approved') out.push('publish');
  return out;
}

const PATHS = {
  submit: '/drafts/{id}/submit',
  approve: '/drafts/{id}/approve',
  reject: '/drafts/{id}/reject',
  publish: '/drafts/{id}/publish',
} as const;

export function WorkflowPanel({
  draft,
  roles,
  onDone,
}: {
  draft: DraftView;
  roles: readonly string[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const changed = useDraftChanged(draft.id);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const step = useMutation({
    mutationFn: async (action: Action) =>
      unwrap<DraftView>(
        await api.press.POST(PATHS[action], {
          params: { path: { id: draft.id } },
          body: action === 'reject' ? { comment } : {},
        }),
      ),
    onSuccess: async (next, action) => {
      setRejecting(false);
      setComment('');
      await changed(next);
      onDone(t(`press.workflow.done.${action}`));
    },
  });
  const problem = step.error instanceof ApiError ? step.error.problem : undefined;
  const commentError = step.variables === 'reject' ? fieldErrors(problem, lang).comment : undefined;
  useFocusFirstError(formRef, step.error);
  const actions = actionsFor(draft.status, roles);

  const reject = (e: FormEvent) => {
    e.preventDefault();
    step.mutate('reject');
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="workflow-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="workflow-title">
          {t('press.workflow.title')}
        </Title>
        {step.isError && !commentError && (
          <Alert color="red" role="alert" title={problemText(problem, lang)?.title ?? t('press.editor.refusedTitle')}>
            {problemText(problem, lang)?.detail ?? t('error.generic')}
          </Alert>
        )}
        {actions.length === 0 && <Text size="sm">{t('press.workflow.nothingForYou')}</Text>}
        <Group gap="xs">
          {actions
            .filter((a) => a !== 'reject')
            .map((a) => (
              <Button key={a} loading={step.isPending && step.variables === a} onClick={() => step.mutate(a)}>
                {t(`press.workflow.${a}`)}
              </Button>
            ))}
          {actions.includes('reject') && !rejecting && (
            <Button variant="outline" color="red.9" onClick={() => setRejecting(true)}>
              {t('press.workflow.reject')}
            </Button>
          )}
        </Group>
        {rejecting && (
          <form ref={formRef} onSubmit={reject} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t('press.workflow.rejectReason')}
                description={t('press.workflow.rejectReasonHint')}
                name="comment"
                autosize
                minRows={2}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                error={commentError}
              />
              <Group gap="xs">
                <Button type="submit" color="red.9" loading={step.isPending && step.variables === 'reject'}>
                  {t('press.workflow.confirmReject')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    setRejecting(false);
                    step.reset();
                  }}
                >
                  {t('press.editor.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
