import { describe, expect, it } from "vitest";
import { safeNext } from "./safeNext.ts";

describe("safeNext", () => {
  it("keeps paths of this site", () => {
    expect(safeNext("/campagnes/abc/equipe")).toBe("/campagnes/abc/equipe");
    expect(safeNext("/campagnes/abc?x=1")).toBe("/campagnes/abc?x=1");
  });
  it("refuses redirects to another site", () => {
    expect(safeNext("https://evil.example/")).toBe("/");
    expect(safeNext("//evil.example/")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("javascript:alert(1)")).toBe("/");
    expect(safeNext(null)).toBe("/");
  });
});
