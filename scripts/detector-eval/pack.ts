/** The pack every set is marked and scored against (CONVENTION.md: the default pack's factor ids). */
import { builtinPacks, DEFAULT_METHODOLOGY_ID, type Methodology } from '../../shared/methodology/index.js'

/** The default methodology pack. */
export const defaultPack = (): Methodology =>
  builtinPacks().find((p) => p.id === DEFAULT_METHODOLOGY_ID) as Methodology
