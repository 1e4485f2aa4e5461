import { describe, expect, it } from "vitest";
import { frenchMessage, issueLine, parseIssue } from "./issueText.ts";

describe("parseIssue", () => {
  it("splits file, line, column (a header name with spaces) and message", () => {
    expect(parseIssue('leg2024_t1.csv:12:Voix 3: not a whole number: "abc"')).toEqual({
      file: "leg2024_t1.csv",
      line: 12,
      column: "Voix 3",
      message: 'not a whole number: "abc"',
    });
  });
  it("leaves a message without location whole", () => {
    expect(parseIssue("3 bureaux have no contour: 29019_0001")).toMatchObject({ line: null });
  });
});

describe("frenchMessage", () => {
  it("translates the importer's messages", () => {
    expect(frenchMessage('not a whole number: "abc"')).toBe("pas un nombre entier : « abc »");
    expect(frenchMessage("votants (120) exceed inscrits (100)")).toBe(
      "plus de votants (120) que d'inscrits (100)",
    );
    expect(frenchMessage("exprimés (90) + blancs (3) + nuls (2) = 95, not votants (96)")).toBe(
      "exprimés (90) + blancs (3) + nuls (2) = 95, au lieu des votants (96)",
    );
    expect(frenchMessage("no bureau of territory 29019 in this file")).toBe(
      "aucun bureau du territoire 29019 dans ce fichier",
    );
    expect(frenchMessage("no located address of territory 29 in this file")).toBe(
      "aucune adresse localisée du territoire 29 dans ce fichier",
    );
  });
  it("keeps an unknown message as is", () => {
    expect(frenchMessage("something new")).toBe("something new");
  });
});

describe("issueLine", () => {
  it("writes fichier:ligne:colonne : message in French", () => {
    expect(issueLine("x.csv:7:Inscrits: missing column", true)).toBe("x.csv:7:Inscrits : colonne absente");
    expect(issueLine("x.csv:7:Inscrits: missing column", false)).toBe("x.csv:7:Inscrits : missing column");
  });
});
