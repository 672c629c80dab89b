import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiError, fieldErrors, problemText, unwrap } from '../api/problem';
import { useFocusFirstError } from '../awards/server-errors';
import { currentLanguage } from '../i18n';
import { useDraftChanged } from './draft-queries';
import { paragraphLabel } from './paragraph-role';
import { ParagraphSources } from './paragraph-sources';
import type { DraftView, ParagraphView } from './views';

/**
 * One paragraph of a draft: its text, its provenance (the events it was written from, shown when
 * the paragraph or its "Nguồn" button is activated) and, for those who may, its editing in place
 * (`PATCH /drafts/{id}/paragraphs/{role}` on the version shown: a newer one in between is refused).
 */
export function ParagraphCard({
  draft,
  paragraph,
  editable,
  onSaved,
}: {
  draft: DraftView;
  paragraph: ParagraphView;
  editable: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const changed = useDraftChanged(draft.id);
  const [showSources, setShowSources] = useState(false);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(paragraph.text);
  const formRef = useRef<HTMLFormElement>(null);
  const sourcesId = useId();
  const label = paragraphLabel(paragraph.role, t);

  const save = useMutation({
    mutationFn: async () =>
      unwrap<DraftView>(
        await api.press.PATCH('/drafts/{id}/paragraphs/{role}', {
          params: { path: { id: draft.id, role: paragraph.role } },
          body: { text, baseVersion: draft.version },
        }),
      ),
    onSuccess: async (next) => {
      setEditing(false);
      await changed(next);
      onSaved(t('press.editor.saved', { role: label, version: next.version }));
    },
  });
  const problem = save.error instanceof ApiError ? save.error.problem : undefined;
  const textError = fieldErrors(problem, lang).text;
  useFocusFirstError(formRef, save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Paper component="li" withBorder p="sm" data-role={paragraph.role}>
      <Text size="sm" fw={700} c="gray.8" component="h3" m={0}>
        {label}
      </Text>
      {editing ? (
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="xs" mt="xs">
            {save.isError && !textError && (
              <Alert color="red" role="alert" title={t('press.editor.refusedTitle')}>
                {problemText(problem, lang)?.detail ?? t('error.generic')}
              </Alert>
            )}
            <Textarea
              label={t('press.editor.editLabel', { role: label })}
              name="text"
              autosize
              minRows={4}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={textError}
            />
            <Group gap="xs">
              <Button type="submit" loading={save.isPending}>
                {t('press.editor.save')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setEditing(false);
                  setText(paragraph.text);
                  save.reset();
                }}
              >
                {t('press.editor.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        // a click on the text opens its provenance too; the button is the keyboard's way
        <Text mt={4} style={{ cursor: 'pointer' }} onClick={() => setShowSources((s) => !s)}>
          {paragraph.text}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="outline"
          aria-expanded={showSources}
          aria-controls={sourcesId}
          onClick={() => setShowSources((s) => !s)}
        >
          {t('press.editor.sources', { count: paragraph.sources.length })}
        </Button>
        {editable && !editing && (
          <Button
            size="xs"
            variant="outline"
            aria-label={`${t('press.editor.edit')}: ${label}`}
            onClick={() => {
              setText(paragraph.text);
              setEditing(true);
            }}
          >
            {t('press.editor.edit')}
          </Button>
        )}
      </Group>
      <div id={sourcesId} hidden={!showSources}>
        {showSources && (
          <Stack gap={4} mt="xs" role="region" aria-label={t('press.editor.sourcesOf', { role: label })}>
            <ParagraphSources draft={draft} paragraph={paragraph} />
          </Stack>
        )}
      </div>
    </Paper>
  );
}
