import { Code, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatWhen } from '../format';
import { currentLanguage } from '../i18n';
import { fetchProvenance, provenanceKey } from './draft-queries';
import type { DraftView, ParagraphView } from './views';

/** A paragraph's sources past this many are counted, not listed (an awards paragraph may name thousands). */
const SHOWN = 50;

/**
 * The facts a paragraph was written from (press `GET /drafts/{id}/provenance`, loaded the first
 * time a paragraph's sources are opened, once per version): per event, the fact it gave, what it
 * is about, when, and its id.
 */
export function ParagraphSources({ draft, paragraph }: { draft: DraftView; paragraph: ParagraphView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const provenance = useQuery({
    queryKey: provenanceKey(draft.id, draft.version),
    queryFn: () => fetchProvenance(draft.id),
    staleTime: Infinity,
  });
  if (paragraph.sources.length === 0) return <Text size="sm">{t('press.editor.noSources')}</Text>;
  // the provenance of the version shown; before it arrives (or if it fails) the event ids alone
  const facts = provenance.data?.paragraphs.find((p) => p.role === paragraph.role)?.sources;
  const sources = facts ?? paragraph.sources.map((eventId) => ({ eventId, fact: undefined }));
  return (
    <Stack gap={4}>
      <Text size="sm">{t('press.editor.sourcesIntro')}</Text>
      {provenance.isPending && <Loader size="xs" aria-label={t('conferences.loading')} />}
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {sources.slice(0, SHOWN).map((s) => (
          <li key={s.eventId}>
            {s.fact === null ? (
              <Text size="sm">{t('press.fact.replaced')}</Text>
            ) : s.fact !== undefined ? (
              <Text size="sm">
                <strong>{t(`press.fact.${s.fact}`, { defaultValue: s.fact })}</strong>
                {'about' in s && s.about ? `: ${s.about}` : ''}
                {'time' in s && s.time ? ` (${formatWhen(s.time, lang)})` : ''}
              </Text>
            ) : null}
            <Text size="xs">
              {t('press.editor.eventId')} <Code style={{ wordBreak: 'break-all' }}>{s.eventId}</Code>
            </Text>
          </li>
        ))}
      </ul>
      {sources.length > SHOWN && (
        <Text size="sm">
          {t('press.editor.moreSources', { formatted: formatInteger(sources.length - SHOWN, lang) })}
        </Text>
      )}
    </Stack>
  );
}
