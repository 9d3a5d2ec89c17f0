import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useMe, useAuth } from '../auth/AuthProvider';
import { Loading } from '../ui/feedback';
import { NotificationBell } from './NotificationBell';
import { sectionsFor } from './sections';

const roleNames = { SUPER_ADMIN: 'Platform admin', TENANT_ADMIN: 'Admin', MANAGER: 'Manager', AGENT: 'Agent' } as const;

export function Shell() {
  const me = useMe();
  const { signOut } = useAuth();
  const [menuOpen, menu] = useDisclosure(false);
  const { pathname } = useLocation();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label={menuOpen ? 'Close the menu' : 'Open the menu'} />
            <Text fw={700} size="lg">Parley</Text>
            <Badge variant="light" visibleFrom="xs">{roleNames[me.role]}</Badge>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <Text size="sm" visibleFrom="sm" data-testid="signed-in-as">{me.name}</Text>
            <Button component={Link} to="/account/password" variant="subtle" size="xs">Password</Button>
            <Button variant="default" size="xs" onClick={() => void signOut()}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          {sectionsFor(me.role).map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              to={`/${section.path}`}
              label={section.label}
              active={pathname === `/${section.path}` || pathname.startsWith(`/${section.path}/`)}
              onClick={menu.close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
