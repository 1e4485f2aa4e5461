/** The query key of a campaign's imported files (invalidated after an upload or a removal). */
export const importsKey = (campaignId: string) => ["imports", campaignId] as const;
