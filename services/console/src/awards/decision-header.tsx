import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The header every decision has (number, date, authority, signer, reason), conferment or revocation. */
export interface HeaderForm {
  number: string;
  date: string;
  authority: string;
  signerName: string;
  signerTitles: string;
  reason: string;
  conferenceId: string;
}
export type HeaderField = keyof HeaderForm;

export const emptyHeader = (date: string): HeaderForm => ({
  number: '',
  date,
  authority: '',
  signerName: '',
  signerTitles: '',
  reason: '',
  conferenceId: '',
});

/** The service's paths for the header (JSON `signer.name`, multipart `signerName`) → the inputs. */
export function headerFieldOf(path: string): HeaderField | undefined {
  if (path === 'signer.name' || path === 'signer' || path === 'signerName') return 'signerName';
  if (path.startsWith('signer.titles') || path === 'signerTitles') return 'signerTitles';
  return (['number', 'date', 'authority', 'reason', 'conferenceId'] as const).find((f) => f === path);
}

export const signerTitlesOf = (s: string): string[] =>
  s
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);

interface Props {
  value: HeaderForm;
  onChange: (field: HeaderField, value: string) => void;
  errors: Partial<Record<HeaderField, string>>;
  reasonLabel?: string;
  withConference?: boolean;
}

export function DecisionHeaderFields({ value, onChange, errors, reasonLabel, withConference = true }: Props) {
  const { t } = useTranslation();
  const input = (f: HeaderField) => ({
    name: f,
    value: value[f],
    error: errors[f],
    onChange: (e: { currentTarget: { value: string } }) => onChange(f, e.currentTarget.value),
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('awards.header.number')} withAsterisk {...input('number')} />
        <TextInput type="date" label={t('awards.header.date')} withAsterisk {...input('date')} />
      </SimpleGrid>
      <TextInput
        label={t('awards.header.authority')}
        withAsterisk
        autoComplete="organization"
        {...input('authority')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('awards.header.signerName')} withAsterisk autoComplete="name" {...input('signerName')} />
        <TextInput
          label={t('awards.header.signerTitles')}
          description={t('awards.header.signerTitlesHint')}
          {...input('signerTitles')}
        />
      </SimpleGrid>
      <Textarea label={reasonLabel ?? t('awards.header.reason')} autosize minRows={2} {...input('reason')} />
      {withConference && <TextInput label={t('awards.header.conferenceId')} {...input('conferenceId')} />}
    </>
  );
}
