import { Alert, Button, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiError, problemText, unwrap } from '../api/problem';
import { formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { NEW_FACTS_ORANGE } from './colors';
import { useDraftChanged } from './draft-queries';
import { paragraphLabel } from './paragraph-role';
import type { DiffOp, DraftView } from './views';

/** A word diff as text: removals struck through, additions underlined, each named for screen readers. */
function Words({ ops }: { ops: DiffOp[] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {ops.map((o, i) => (
        <span key={i}>
          {i > 0 && ' '}
          {o.op === 'equal' ? (
            o.text
          ) : o.op === 'delete' ? (
            <del className="diff-del">
              <VisuallyHidden>[{t('press.newFacts.deleted')}: </VisuallyHidden>
              {o.text}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          ) : (
            <ins className="diff-ins">
              <VisuallyHidden>[{t('press.newFacts.inserted')}: </VisuallyHidden>
              {o.text}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          )}
        </span>
      ))}
    </Text>
  );
}

/**
 * "Có thông tin mới": the facts that arrived after a person took the text, as the service's diff
 * of the generated text, and the one action that takes them in (`POST /drafts/{id}/merge`).
 */
export function NewFactsPanel({
  draft,
  canMerge,
  onMerged,
}: {
  draft: DraftView;
  canMerge: boolean;
  onMerged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const changed = useDraftChanged(draft.id);
  const merge = useMutation({
    mutationFn: async () =>
      unwrap<DraftView>(await api.press.POST('/drafts/{id}/merge', { params: { path: { id: draft.id } }, body: {} })),
    onSuccess: async (next) => {
      await changed(next);
      onMerged(t('press.newFacts.merged', { version: next.version }));
    },
  });
  const facts = draft.newFacts;
  if (!facts) return null;
  const diff = facts.diff;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="new-facts-title" className="new-facts">
      <Stack gap="xs">
        <Title order={2} size="h3" id="new-facts-title">
          {t('press.newFacts.title')}
        </Title>
        {facts.since && <Text size="sm">{t('press.newFacts.since', { when: formatWhen(facts.since, lang) })}</Text>}
        <Text size="sm">{t('press.newFacts.intro')}</Text>
        {diff?.title && (
          <div>
            <Text size="sm" fw={700}>
              {t('press.newFacts.changeTitle')}
            </Text>
            <Words ops={diff.title.words} />
          </div>
        )}
        {diff?.paragraphs.map((c) => (
          <div key={c.role} data-change={c.role}>
            <Text size="sm" fw={700}>
              {t(`press.newFacts.${c.change}`)}: {paragraphLabel(c.role, t)}
            </Text>
            <Words ops={c.words} />
            {c.editedByPerson && (
              <Text size="sm" fs="italic">
                {t('press.newFacts.editedWarning')}
              </Text>
            )}
          </div>
        ))}
        {merge.isError && (
          <Alert color="red" role="alert" title={t('press.editor.refusedTitle')}>
            {merge.error instanceof ApiError ? problemText(merge.error.problem, lang)?.detail : t('error.generic')}
          </Alert>
        )}
        {canMerge && (
          <div>
            <Button color={NEW_FACTS_ORANGE} loading={merge.isPending} onClick={() => merge.mutate()}>
              {t('press.newFacts.merge')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
