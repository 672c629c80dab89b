import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemText, type Problem } from '../api/problem';
import { currentLanguage } from '../i18n';

/** A refusal's summary above a form: how many fields to correct, or the problem's detail, and what no input shows. */
export function RefusalAlert({
  title,
  problem,
  count,
  unplaced,
}: {
  title: string;
  problem: Problem | undefined;
  count: number;
  unplaced: string[];
}) {
  const { t } = useTranslation();
  const summary = problemText(problem, currentLanguage());
  return (
    <Alert color="red" title={title} role="alert">
      {count > 0 && count > unplaced.length
        ? t('awards.create.fieldsInError', { count })
        : (summary?.detail ?? t('error.generic'))}
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
