import { Anchor, Box, Button, Container, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { AwardNav } from './awards/award-nav';
import { PressNav } from './press/press-nav';
import { currentLanguage, setLanguage, type Language } from './i18n';
import { loginUrl, signOut, useMe } from './session/session';

function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('app.language')}
      size="xs"
      value={currentLanguage()}
      onChange={(v) => setLanguage(v as Language)}
      data={[
        { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}

/** The frame of every screen: a skip link, the header (who is signed in, the language), the navigation. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);

  // a new screen: keyboard and screen reader users start at its content, as after a page load
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Box component="header" p="sm" className="header">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700} component="p">
            {t('app.title')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <LanguageSwitch />
            {me.data && (
              <>
                <Text size="sm">{t('session.signedInAs', { name: me.data.name })}</Text>
                <Button size="xs" variant="outline" onClick={() => void signOut(me.data!.csrfToken)}>
                  {t('session.signOut')}
                </Button>
              </>
            )}
          </Group>
        </Group>
        {me.data && (
          <nav aria-label={t('nav.main')}>
            <Group gap="md" mt="xs">
              <Anchor component={NavLink} to="/conferences" end>
                {t('nav.conferences')}
              </Anchor>
              <Anchor component={NavLink} to="/conferences/new">
                {t('nav.newConference')}
              </Anchor>
              {me.data.roles.some((r) => r === 'secretariat' || r === 'admin') && <AwardNav />}
              {me.data.roles.some((r) => r === 'press-officer' || r === 'press-lead' || r === 'admin') && <PressNav />}
            </Group>
          </nav>
        )}
      </Box>
      <Box p="md">
        <Container size="md" px={0}>
          <main id="main" ref={main} tabIndex={-1}>
            {me.isPending ? (
              <Loader aria-label={t('conferences.loading')} />
            ) : me.data ? (
              <Outlet />
            ) : (
              <Stack>
                <Title order={1}>{t('app.title')}</Title>
                <Text>{t('session.needSignIn')}</Text>
                <div>
                  <Button component="a" href={loginUrl(location.pathname + location.search)}>
                    {t('session.signIn')}
                  </Button>
                </div>
              </Stack>
            )}
          </main>
        </Container>
      </Box>
    </>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Title order={1}>{t('error.notFound')}</Title>;
}
