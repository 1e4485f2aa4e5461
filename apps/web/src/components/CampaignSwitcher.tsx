import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { Me } from "../api/types.ts";

const newCampaign = "__new__";

/**
 * The campaigns of the signed-in user, from /api/me. Switching keeps the current page
 * (the map of A becomes the map of B). A native select: keyboard and screen readers for free.
 */
export function CampaignSwitcher({
  me,
  campaignId,
  withLabel,
}: {
  me: Me;
  campaignId?: string;
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const canCreate = me.user.platformRole === "superadmin";
  if (me.campaigns.length === 0 && !canCreate) return null;
  const onChange = (value: string) => {
    if (value === newCampaign) return navigate("/campagnes/nouvelle");
    const sub = campaignId ? location.pathname.split("/").slice(3).join("/") : "";
    navigate(`/campagnes/${value}${sub ? `/${sub}` : ""}`);
  };
  return (
    <NativeSelect
      label={withLabel ? t("campaign.switcher") : undefined}
      aria-label={withLabel ? undefined : t("campaign.switcher")}
      value={campaignId ?? ""}
      onChange={(event) => void onChange(event.currentTarget.value)}
      w={withLabel ? "100%" : 240}
    >
      {!campaignId && <option value="">{t("campaign.none")}</option>}
      {me.campaigns.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
      {canCreate && <option value={newCampaign}>+ {t("campaign.create")}</option>}
    </NativeSelect>
  );
}
