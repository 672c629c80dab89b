import { Alert, Loader, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { ApiError, problemText } from './problem';

/** A list's loading state and its failure (the service's detail in the user's language), above the list. */
export function QueryFeedback({ pending, error }: { pending: boolean; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      {pending && <Loader aria-label={t('conferences.loading')} />}
      {error ? (
        <Alert color="red" role="alert" title={t('error.generic')}>
          {error instanceof ApiError ? problemText(error.problem, currentLanguage())?.detail : null}
        </Alert>
      ) : null}
    </>
  );
}

/**
 * A record's screen that could not load: "not found" as its heading when the service answered
 * 404 (another tenant's record answers so too) or 400 (an id that cannot be one), else the error.
 */
export function LoadFailedPage({
  error,
  notFound,
  children,
}: {
  error: unknown;
  notFound: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <Stack>
      <Title order={1}>{missing ? notFound : t('error.generic')}</Title>
      {!missing && error instanceof ApiError && (
        <Alert color="red">{problemText(error.problem, currentLanguage())?.detail}</Alert>
      )}
      {children}
    </Stack>
  );
}
