import { NavLink } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { CampaignSummary } from "../api/types.ts";
import { peopleAccess } from "../pages/people/access.ts";

const sections = [
  { path: "", key: "dashboard" },
  { path: "carte", key: "map" },
  { path: "donnees", key: "data" },
  { path: "analyses", key: "analyses" },
  { path: "terrain", key: "field" },
  { path: "personnes", key: "people", readers: true },
  { path: "equipe", key: "team", managers: true },
] as const;

/**
 * The sections of a campaign; the team section is listed for those who manage it, the
 * people for those who may read them (names or counts: not volunteers).
 */
export function MainNav({
  campaign,
  isSuperadmin,
  onNavigate,
}: {
  campaign: CampaignSummary;
  isSuperadmin: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/campagnes/${campaign.id}`;
  const manager = isSuperadmin || campaign.role === "admin" || campaign.role === "coordinator";
  return (
    <nav aria-label={t("nav.label")}>
      {sections
        .filter((s) => !("managers" in s) || manager)
        .filter((s) => !("readers" in s) || peopleAccess(campaign, isSuperadmin) !== "none")
        .map((s) => {
          const to = s.path ? `${base}/${s.path}` : base;
          const active =
            pathname === to || pathname === `${to}/` || (s.path !== "" && pathname.startsWith(`${to}/`));
          return (
            <NavLink
              key={s.key}
              component={Link}
              to={to}
              label={t(`nav.${s.key}`)}
              active={active}
              aria-current={active ? "page" : undefined}
              onClick={onNavigate}
              variant="filled"
              py="sm"
            />
          );
        })}
    </nav>
  );
}
