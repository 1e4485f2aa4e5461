import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

const base = { TERRAIN_SECRET: "x".repeat(32), TERRAIN_DATA_DIR: "/nonexistent" };
const trust = (value?: string) =>
  loadConfig({}, { ...base, ...(value === undefined ? {} : { TERRAIN_TRUST_PROXY: value }) }).trustProxy;

describe("TERRAIN_TRUST_PROXY", () => {
  it("trusts no proxy by default", () => {
    expect(trust()).toBe(false);
    expect(trust("")).toBe(false);
    expect(trust("false")).toBe(false);
    expect(trust("0")).toBe(false);
  });

  it("takes a hop count or a list of addresses, CIDR ranges and proxy-addr's names", () => {
    expect(trust("1")).toBe(1);
    expect(trust("10.0.0.1, 172.16.0.0/12 ,::1,fd00::/8,loopback")).toEqual([
      "10.0.0.1",
      "172.16.0.0/12",
      "::1",
      "fd00::/8",
      "loopback",
    ]);
  });

  it("refuses true (every client trusted) and anything that is not an address, naming the setting", () => {
    for (const bad of ["true", "10.0.0.0/33", "proxy.example.org", "10.0.0.1/8/1", "1.2.3"]) {
      expect(() => trust(bad), bad).toThrow(/^Invalid setting TERRAIN_TRUST_PROXY: /);
    }
  });
});
