import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCampaign } from "../app/CampaignLayout.tsx";
import { EmptyBlock } from "../components/EmptyBlock.tsx";
import { PageHeader } from "./PageHeader.tsx";

/** The field section, not built yet: its name, what to do next, and that the screen is coming. */
export function FieldPlaceholder() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  return (
    <>
      <PageHeader title={t("nav.field")} subtitle={campaign.name} />
      <EmptyBlock title={t("empty.field.title")} description={t("empty.field.text")}>
        <Text size="sm" c="dimmed">
          {t("empty.soon")}
        </Text>
      </EmptyBlock>
    </>
  );
}
