export { type GeneratedDemo, generateDemo } from "./generate-demo.ts";
export { DEMO_CAMPAIGN_NAME, type LoadDemoOptions, loadDemo } from "./load-demo.ts";
export { DEMO_DEFAULT_SEED, DEMO_TERRITORY, type DemoOptions } from "./options.ts";
export type { DemoTruth, TruthTable } from "./truth.ts";
export { importablePaths, writeDemo } from "./write-demo.ts";
