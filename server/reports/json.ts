/** JSON export: the report model itself, validated against its schema before it leaves. */
import { type ReportModel, ReportModelSchema } from '../../shared/reports/schema.js'

/** Serialises the model (pretty-printed, so it diffs well when archived). */
export function writeJson(model: ReportModel): string {
  return `${JSON.stringify(ReportModelSchema.parse(model), null, 2)}\n`
}
