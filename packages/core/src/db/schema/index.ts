export * from "./analysis.ts";
export * from "./auth.ts";
export * from "./campaigns.ts";
export * from "./data-versions.ts";
export * from "./elections.ts";
export * from "./geo.ts";
