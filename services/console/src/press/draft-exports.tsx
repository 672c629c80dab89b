import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './press-urls';
import type { DraftView } from './views';

/** The draft as a file (press `export.docx`, `.html`, `.md`): the current version, and the published one when it differs. */
export function DraftExports({ draft }: { draft: DraftView }) {
  const { t } = useTranslation();
  const v = draft.version;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="exports-title">
      <Title order={2} size="h3" id="exports-title">
        {t('press.exports.title')}
      </Title>
      <Stack gap={4} mt="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
        <li>
          <Anchor href={exportUrl(draft.id, 'docx', v)} download={`ban-tin-v${v}.docx`}>
            {t('press.exports.docx')}
          </Anchor>
        </li>
        <li>
          <Anchor href={exportUrl(draft.id, 'html', v)} download={`ban-tin-v${v}.html`}>
            {t('press.exports.html')}
          </Anchor>
        </li>
        <li>
          <Anchor href={exportUrl(draft.id, 'md', v)} download={`ban-tin-v${v}.md`}>
            {t('press.exports.md')}
          </Anchor>
        </li>
        {draft.publishedVersion !== null && draft.publishedVersion !== v && (
          <li>
            <Anchor
              href={exportUrl(draft.id, 'docx', draft.publishedVersion)}
              download={`ban-tin-v${draft.publishedVersion}.docx`}
            >
              {t('press.exports.published', { version: draft.publishedVersion })}
            </Anchor>
          </li>
        )}
      </Stack>
    </Paper>
  );
}
