/**
 * The single route table: routing, `GET /api/openapi.json` and the authorisation test matrix all
 * iterate this list, so no route can be registered without being documented and tested.
 */
import { accountRoutes } from './accounts.js'
import { archiveRouteDefs } from './archive.js'
import { checklistRoutes } from './checklists.js'
import { draftRoutes } from './drafts.js'
import { findingRoutes } from './findings.js'
import { followUpRoutes } from './followUps.js'
import { methodologyRoutes } from './methodologies.js'
import { reportRoutes } from './reports.js'
import { reviewRoutes } from './reviews.js'
import type { RouteDef } from './types.js'
import { utilityRoutes } from './utilities.js'

/** Every API route (contract + extensions), except `GET /api/openapi.json` itself, which app.ts adds. */
export const ROUTES: readonly RouteDef[] = [
  ...accountRoutes,
  ...methodologyRoutes,
  ...draftRoutes,
  ...reviewRoutes,
  ...archiveRouteDefs,
  ...findingRoutes,
  ...checklistRoutes,
  ...followUpRoutes,
  ...reportRoutes,
  ...utilityRoutes,
]
