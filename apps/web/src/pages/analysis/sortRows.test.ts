import { describe, expect, it } from "vitest";
import { sortRows } from "./sortRows.ts";

describe("sortRows", () => {
  const rows = [
    { code: "BV10", v: 3 },
    { code: "BV2", v: null },
    { code: "BV1", v: 7 },
  ];
  it("sorts numbers both ways with missing values last", () => {
    expect(sortRows(rows, (r) => r.v, "descending").map((r) => r.code)).toEqual(["BV1", "BV10", "BV2"]);
    expect(sortRows(rows, (r) => r.v, "ascending").map((r) => r.code)).toEqual(["BV10", "BV1", "BV2"]);
  });
  it("sorts codes in natural order (BV2 before BV10)", () => {
    expect(sortRows(rows, (r) => r.code, "ascending").map((r) => r.code)).toEqual(["BV1", "BV2", "BV10"]);
  });
});
