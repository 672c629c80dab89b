import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The secretariat's links in the main navigation. */
export function AwardNav() {
  const { t } = useTranslation();
  const links = [
    ['/awards/decisions', 'decisions'],
    ['/awards/decisions/import', 'import'],
    ['/awards/statistics', 'statistics'],
    ['/awards/revocations', 'revocations'],
    ['/awards/catalog', 'catalog'],
  ] as const;
  return (
    <>
      {links.map(([to, key]) => (
        <Anchor key={to} component={NavLink} to={to} end>
          {t(`awards.nav.${key}`)}
        </Anchor>
      ))}
    </>
  );
}
