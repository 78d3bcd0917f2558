/**
 * The group room feature. The shell lazy-loads `GroupRoomPage({ reviewId, groupId })` for
 * `/reviews/:id/groups/:groupId`.
 *
 * Stable `data-testid`s for tests (shell, compare, e2e):
 * - `group-room` — the page root; `data-read-only="<reason>"` when editing is off
 * - `connection-status` — status pill; `data-status` = connecting | connected | offline | refused
 * - `read-only-banner` — why editing is off; `data-reason` = closed | locked | staff | expert | otherGroup | refused
 * - `draft-view` — the read-only TipTap draft (units carry `data-unit-id`); findings are `span.hl-findings[data-finding-id]`,
 *   suggestions `span.hl-suggestion[data-suggestion]`, group mates' selections `span.hl-peer`
 * - `new-finding` — "mark as finding" for the current selection (also the F key or Ctrl+Enter in the draft)
 * - `tab-findings`, `tab-checklist`, `tab-suggestions`, `tab-activity` — side panel tabs
 * - `finding-list`, `finding-item` (`data-finding-id`), `finding-presence`, filters `filter-factor|status|author|risk`
 * - `finding-detail` (`data-finding-id`), `finding-close`, `finding-quote`, `finding-factors`, `edit-factors`,
 *   `finding-risk`, `finding-status`, `proposal-kind`, `finding-resolve`, `finding-delete`, `finding-delete-confirm`
 * - `factor-picker` (options `[role=option][data-factor-id]`), `factor-picker-done`
 * - `rationale-editor`, `proposal-editor` — the collaborative rich-text fields (contenteditable)
 * - `vote-agree`, `vote-disagree`, `comment`, `comment-input`, `comment-submit`
 * - `checklist`, `checklist-mark`; `suggestion-item`, `suggestion-accept`, `suggestion-dismiss`, `toggle-suggestions`
 * - `audit-trail`, `undo`, `redo`, `presence`, `group-switcher` (reveal), `other-group-pane`
 */
export { GroupRoomPage } from './GroupRoomPage'
