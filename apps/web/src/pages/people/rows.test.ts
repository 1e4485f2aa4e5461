import { describe, expect, it } from "vitest";
import { listSource, rowOfContact, rowOfHit } from "./rows.ts";

describe("people rows", () => {
  it("search alone reads electors and contacts; a criterion switches to the filtered contacts", () => {
    expect(listSource("kerj", 0)).toBe("search");
    expect(listSource("  ", 0)).toBe("contacts");
    expect(listSource("kerj", 1)).toBe("contacts");
  });

  it("name a contact without a name by its e-mail", () => {
    const row = rowOfContact({
      id: "c1",
      firstName: null,
      lastName: null,
      email: "anonyme@example.org",
      phone: null,
      mobile: null,
      city: "Brest",
      bureauCode: "0003",
      electorId: null,
      doNotContact: false,
      tags: ["militant"],
      updatedAt: "2026-03-01T10:00:00Z",
    });
    expect(row).toMatchObject({
      kind: "contact",
      name: "anonyme@example.org",
      address: "Brest",
      tags: ["militant"],
    });
    expect(
      rowOfHit({
        kind: "elector",
        id: "e1",
        name: "Anne Morvan",
        birthName: "LE GALL",
        birthYear: 1953,
        address: "3 PL DE LA LIBERTE",
        bureauCode: "0002",
        electorId: null,
      }),
    ).toMatchObject({ kind: "elector", birthName: "LE GALL", tags: [] });
  });
});
