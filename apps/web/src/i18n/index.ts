import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import fr from "./fr.json";

export const languages = ["fr", "en"] as const;
export type Language = (typeof languages)[number];
const storageKey = "terrain.lang";

/** French unless the user chose English on this browser (the browser's own language is not used). */
function initialLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === "en" ? "en" : "fr";
  } catch {
    return "fr";
  }
}

/** Sets up i18next with both locales bundled (they are small) and keeps <html lang> in step. */
export function setupI18n() {
  i18next.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(storageKey, lng);
    } catch {
      // private browsing: the choice lasts for this page only
    }
  });
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: "fr",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
