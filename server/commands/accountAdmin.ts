/**
 * An administrator changing another account: its role, or switching it off. Nobody changes their own
 * account this way, so an admin cannot lock themselves out and the acting admin always remains. A
 * deactivated account cannot sign in, its sessions end and its sockets close at once.
 */
import type { Role } from '../../shared/domain/review.js'
import { badRequest, conflict, notFound } from '../errors.js'
import type { RoomService } from '../http/context.js'
import type { Logger } from '../log.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { UserRecord } from '../storage/metaTypes.js'
import { endSessionsOf, getUser, patchUser } from '../storage/users.js'

/** What may change: the role (never to participant) and whether the account is switched off. */
export type AccountChange = { role?: Exclude<Role, 'participant'>; deactivated?: boolean }

/** Apply an administrator's change to another account; writes an audit line to the log. */
export async function changeAccount(
  deps: { meta: MetaStore; rooms: RoomService; log: Logger },
  by: UserRecord,
  userId: string,
  change: AccountChange,
): Promise<UserRecord> {
  const target = getUser(deps.meta, userId)
  if (!target || target.role === 'participant') throw notFound('User')
  if (target.id === by.id)
    throw conflict('You cannot change your own role or switch off your own account.', 'own_account')
  if (change.role === undefined && change.deactivated === undefined) throw badRequest('Nothing to change.')
  const role = change.role ?? target.role
  const deactivated = change.deactivated ?? Boolean(target.deactivated)
  const updated = (await patchUser(deps.meta, target.id, { role, deactivated })) ?? target
  if (deactivated && !target.deactivated) {
    await endSessionsOf(deps.meta, target.id, '')
    deps.rooms.revoke({ userId: target.id, keepSessionHash: '' })
  }
  deps.log.info('audit: account changed', {
    by: by.id,
    user: target.id,
    ...(role !== target.role ? { role: { from: target.role, to: role } } : {}),
    ...(deactivated !== Boolean(target.deactivated) ? { deactivated } : {}),
  })
  return updated
}
