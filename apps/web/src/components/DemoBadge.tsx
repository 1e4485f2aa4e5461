import { Badge, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** "Données fictives": marks every screen of a demo campaign (black on yellow, ≈ 15:1). */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t("demo.hint")} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
      <Badge color="yellow.3" c="black" variant="filled" radius="sm" tabIndex={0} data-testid="demo-badge">
        {t("demo.badge")}
      </Badge>
    </Tooltip>
  );
}
