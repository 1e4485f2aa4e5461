export type { GeocodingReport } from "./address/geocode-electors.ts";
export { normaliseStreet } from "./address/normalise-street.ts";
export { type DoorPlace, parseComplement } from "./address/parse-complement.ts";
export { countPeople } from "./count-people.ts";
export { lacksListRequest } from "./electoral-list/lacks-list-request.ts";
export {
  L37_REFUSAL,
  type ListRequestInput,
  latestListRequest,
  listListRequests,
  listRequestInput,
  parseListRequest,
  recordListRequest,
} from "./electoral-list/list-request.ts";
export { type ElectorCard, getElectorCard, type HouseholdMember } from "./get-elector-card.ts";
export { countSegment } from "./segments/count-segment.ts";
export { listSegments, type SavedSegment, saveSegment } from "./segments/saved-segments.ts";
export {
  parseSegmentCriteria,
  SEGMENT_CRITERIA,
  type SegmentCriteria,
  segmentCriteria,
  segmentSources,
} from "./segments/segment-criteria.ts";
