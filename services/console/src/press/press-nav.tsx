import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The press office's links in the main navigation (press officers, press leads, admin). */
export function PressNav() {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={NavLink} to="/press/drafts">
        {t('nav.drafts')}
      </Anchor>
      <Anchor component={NavLink} to="/press/subscriptions">
        {t('press.nav.subscriptions')}
      </Anchor>
    </>
  );
}
