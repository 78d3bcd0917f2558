/** The access policies moved to `shared/policies/access.ts` (the client asks the same ones); kept here for older imports. */
export * from '../../shared/policies/access.js'
