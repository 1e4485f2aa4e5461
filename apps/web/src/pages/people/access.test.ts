import { describe, expect, it } from "vitest";
import { peopleAccess } from "./access.ts";

describe("peopleAccess", () => {
  it("gives the list to administrators, coordinators and platform administrators only", () => {
    expect(peopleAccess({ role: "admin" }, false)).toBe("list");
    expect(peopleAccess({ role: "coordinator" }, false)).toBe("list");
    expect(peopleAccess({ role: "volunteer" }, true)).toBe("list");
  });
  it("gives analysts counts only, and volunteers nothing", () => {
    expect(peopleAccess({ role: "analyst" }, false)).toBe("aggregates");
    expect(peopleAccess({ role: "volunteer" }, false)).toBe("none");
  });
});
