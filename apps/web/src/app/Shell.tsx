import { AppShell, Burger, Group, Stack, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigationType, useParams } from "react-router";
import { useMe } from "../api/queries.ts";
import { CampaignSwitcher } from "../components/CampaignSwitcher.tsx";
import { DemoBadge } from "../components/DemoBadge.tsx";
import { InvitationsBanner } from "../components/InvitationsBanner.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { MainNav } from "../components/MainNav.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { UserMenu } from "../components/UserMenu.tsx";

/**
 * The app shell: header (campaign switcher, "données fictives" badge, language, user menu)
 * and the campaign's navigation, which collapses behind a burger below 48em (768 px).
 */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { campaignId } = useParams();
  const [opened, { toggle, close }] = useDisclosure(false);
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const firstPath = useRef(pathname);
  // After the user follows a link, keyboard and screen-reader users land on the new content,
  // not in the menu (redirects, which replace the entry, leave the focus alone).
  useEffect(() => {
    if (pathname !== firstPath.current && navigationType === "PUSH") document.getElementById("main")?.focus();
  }, [pathname, navigationType]);
  if (!me) return null;
  const campaign = me.campaigns.find((c) => c.id === campaignId);
  const superadmin = me.user.platformRole === "superadmin";
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened, desktop: !campaign } }}
      padding={{ base: "sm", sm: "md" }}
    >
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={wide ? "sm" : 8} wrap="nowrap" miw={0} style={{ flex: 1, overflow: "hidden" }}>
            {(campaign || !wide) && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("nav.close") : t("nav.open")}
                aria-expanded={opened}
                aria-controls="main-navbar"
              />
            )}
            <Text component={Link} to="/" fw={800} size={wide ? "lg" : "md"} c="blue.9" td="none">
              {t("app.name")}
            </Text>
            {wide && <CampaignSwitcher me={me} campaignId={campaign?.id} />}
            {campaign?.isDemo && <DemoBadge />}
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {wide && <LanguageSwitch />}
            <UserMenu me={me} compact={!wide} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navbar"
        // Off-screen when collapsed on a phone: also out of the tab order and the accessibility tree.
        style={!wide && !opened ? { visibility: "hidden" } : undefined}
      >
        <Stack gap="md">
          {!wide && <CampaignSwitcher me={me} campaignId={campaign?.id} withLabel />}
          {campaign && <MainNav campaign={campaign} isSuperadmin={superadmin} onNavigate={close} />}
          {!wide && <LanguageSwitch size="md" />}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <InvitationsBanner />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
