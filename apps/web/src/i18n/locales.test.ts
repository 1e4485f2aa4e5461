import { describe, expect, it } from "vitest";
import en from "./en.json";
import fr from "./fr.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
}

describe("locales", () => {
  it("English translates every French string and nothing else", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
  it("each translation keeps the same placeholders", () => {
    for (const key of keys(fr)) {
      expect(placeholders(String(lookup(en, key))), key).toEqual(placeholders(String(lookup(fr, key))));
    }
  });
  it("no string is left empty", () => {
    for (const key of keys(fr)) expect(String(lookup(fr, key)).trim(), key).not.toBe("");
    for (const key of keys(en)) expect(String(lookup(en, key)).trim(), key).not.toBe("");
  });
});
