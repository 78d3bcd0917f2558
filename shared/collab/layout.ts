/**
 * The layout of a review room's Y.Doc. Layout:
 * - `findings`: Y.Map<findingId, Y.Map> — scalar fields, plus `rationale` and `proposal` as
 *   Y.XmlFragment (TipTap binds to them for collaborative rich text);
 * - `comments`: Y.Array<Comment> (threaded by `parentId`, grouped by `findingId`);
 * - `votes`: Y.Map<`${findingId}|${userId}`, 'agree' | 'disagree'>;
 * - `checklist`: Y.Map<unitId, ChecklistMark> for articles;
 * - `audit`: Y.Array<AuditEntry>, append-only;
 * - `dismissed`: Y.Map<suggestionKey, {by, at}> for detector suggestions the group rejected;
 * - `clusterDecisions`: Y.Map<clusterKey, ClusterDecision> (consolidated room only);
 * - `meta`: Y.Map with per-room settings (e.g. `locked`).
 *
 * Any member's client can write any value into these, so the accessors hand out `unknown` entries:
 * read them through the decoders in `decode.ts`, never with a cast.
 */
import type * as Y from 'yjs'

/** The scalar fields of a finding's Y.Map (everything except the rich-text fragments). */
export const FINDING_SCALAR_FIELDS = [
  'id',
  'groupId',
  'unitId',
  'unitLabel',
  'start',
  'end',
  'quote',
  'factorIds',
  'risk',
  'status',
  'proposalKind',
  'resolved',
  'author',
  'createdAt',
  'sources',
  'response',
] as const

/** The rich-text fields of a finding, each a Y.XmlFragment. */
export const FINDING_RICH_FIELDS = ['rationale', 'proposal'] as const

/** Findings by id (each a Y.Map; see `decodeFinding`). */
export const findingsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('findings')
export const commentsArray = (doc: Y.Doc): Y.Array<unknown> => doc.getArray('comments')
export const votesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('votes')
export const checklistMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('checklist')
export const auditArray = (doc: Y.Doc): Y.Array<unknown> => doc.getArray('audit')
export const dismissedMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('dismissed')
/** Decisions on comparison clusters (consolidated room only), keyed by `clusterKey`. */
export const clusterDecisionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('clusterDecisions')
export const roomMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta')
