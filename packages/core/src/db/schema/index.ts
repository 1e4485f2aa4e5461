export * from "./analysis.ts";
export * from "./auth.ts";
export * from "./campaigns.ts";
export * from "./contacts.ts";
export * from "./data-versions.ts";
export * from "./elections.ts";
export * from "./geo.ts";
export * from "./people.ts";
