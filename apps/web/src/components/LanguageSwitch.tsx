import { SegmentedControl, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Français / English; the choice is remembered on this browser. */
export function LanguageSwitch({ size = "xs" }: { size?: "xs" | "md" }) {
  const { t, i18n } = useTranslation();
  const current = i18n.language.startsWith("en") ? "en" : "fr";
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <VisuallyHidden component="legend">{t("lang.label")}</VisuallyHidden>
      <SegmentedControl
        size={size}
        value={current}
        onChange={(value) => void i18n.changeLanguage(value)}
        data={[
          { value: "fr", label: <span title={t("lang.fr")}>FR</span> },
          { value: "en", label: <span title={t("lang.en")}>EN</span> },
        ]}
      />
    </fieldset>
  );
}
