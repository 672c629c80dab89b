import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { fetchTransitions, transitionsKey } from './draft-queries';

/** Who did what to the draft, when, on which version (press `GET /drafts/{id}/transitions`). */
export function DraftHistory({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const history = useQuery({ queryKey: transitionsKey(draftId), queryFn: () => fetchTransitions(draftId) });
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="history-title">
      <Title order={2} size="h3" id="history-title">
        {t('press.workflow.history')}
      </Title>
      {history.data && history.data.items.length === 0 && <Text size="sm">{t('press.workflow.noHistory')}</Text>}
      {history.data && history.data.items.length > 0 && (
        <Stack component="ol" gap={4} mt="xs" style={{ paddingInlineStart: '1.25rem' }}>
          {history.data.items.map((s, i) => (
            <li key={i}>
              <Text size="sm">
                {t('press.workflow.step', {
                  action: t(`press.workflow.action.${s.action}`, { defaultValue: s.action }),
                  actor: s.actor,
                  role: t(`press.workflow.role.${s.role}`, { defaultValue: s.role }),
                  version: s.version,
                  when: formatWhen(s.at, lang),
                })}
              </Text>
              {s.comment && <Text size="sm">{t('press.workflow.comment', { comment: s.comment })}</Text>}
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
