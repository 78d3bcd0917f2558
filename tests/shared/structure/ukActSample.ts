import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Unit } from '../../../shared/domain/draft.js'

/**
 * A Scottish-Parliament-style act written for the structure tests, laid out the way a plain-text
 * export of legislation.gov.uk lays one out: a title block, a CONTENTS list, Parts with Chapters,
 * cross-headings, "35 Conditions of membership" sections with (1)/(a)/(i) levels, headings with
 * colons, an inserted section 34A, and schedules with numbered paragraphs.
 *
 * Why written and not copied: no Scottish act is among the project's fixtures and the build
 * machine has no access to legislation.gov.uk. The wording is ours; the layout follows the
 * drafting conventions of Acts of the Scottish Parliament (asp).
 */

const PARTS: { title: string; chapters?: string[]; from: number; to: number }[] = [
  { title: 'COMMUNITY BOARDS', from: 1, to: 34 },
  { title: 'MEMBERSHIP AND CONDUCT', chapters: ['Membership', 'Conduct of members'], from: 35, to: 70 },
  { title: 'GENERAL', from: 71, to: 84 },
]

const HEADINGS: Record<number, string> = {
  1: 'Community boards',
  2: 'Functions of boards',
  12: 'Meaning of “relevant authority” etc.',
  20: 'Accounts: audit',
  34: 'Membership: supplementary',
  35: 'Conditions of membership',
  36: 'Disqualification from membership',
  71: 'Regulations',
  84: 'Short title and commencement',
}

const CROSS_HEADINGS: Record<number, string> = {
  1: 'Establishment',
  10: 'Finance',
  35: 'Eligibility',
  50: 'Code of conduct',
  71: 'Subordinate legislation',
  80: 'Final provisions',
}

/** Chapter starts inside Part 2. */
const CHAPTER_AT: Record<number, number> = { 35: 0, 50: 1 }

const heading = (n: number) => HEADINGS[n] ?? `Provision number ${n}`

function sectionBody(n: number): string[] {
  if (n === 35) {
    return [
      '(1) A person may be appointed as a member of a board only if the person—',
      '(a) is at least 18 years of age,',
      '(b) is resident in the area of the board, and',
      '(c) is not disqualified under section 36.',
      '(2) The Scottish Ministers may by regulations—',
      '(a) specify further conditions of membership,',
      '(b) make provision about the circumstances in which a member ceases to hold office, including—',
      '(i) failure to attend meetings of the board,',
      '(ii) conduct which brings the board into disrepute.',
      '(3) Regulations under subsection (2) are subject to the affirmative procedure.',
    ]
  }
  if (n === 12) {
    return ['In this Act, “relevant authority” means—', '(a) a local authority,', '(b) a health board.']
  }
  if (n % 3 === 0)
    return [`A board must publish a report on the exercise of its functions under section ${n}.`]
  return [
    `(1) A board must keep a record of each decision it takes under this section ${n}.`,
    '(2) The record must include—',
    '(a) the date of the decision, and',
    '(b) the reasons for it.',
  ]
}

/** The whole act as plain text with one paragraph per line. */
export function scottishStyleAct(): string {
  const out: string[] = ['Community Boards (Scotland) Act 2026', '2026 asp 7', 'CONTENTS']
  const body: string[] = []
  PARTS.forEach((part, p) => {
    out.push(`PART ${p + 1}`, part.title)
    body.push(`PART ${p + 1}`, part.title)
    for (let n = part.from; n <= part.to; n++) {
      const ch = part.chapters ? CHAPTER_AT[n] : undefined
      if (ch !== undefined && part.chapters) {
        out.push(`CHAPTER ${ch + 1}`, part.chapters[ch].toUpperCase())
        body.push(`CHAPTER ${ch + 1}`, part.chapters[ch].toUpperCase())
      }
      if (CROSS_HEADINGS[n]) {
        out.push(CROSS_HEADINGS[n])
        body.push(CROSS_HEADINGS[n])
      }
      out.push(`${n} ${heading(n)}`)
      body.push(`${n} ${heading(n)}`, ...sectionBody(n))
      if (n === 34) {
        out.push('34A Transitional membership')
        body.push(
          '34A Transitional membership',
          'A person who was a member of a predecessor body on the day this section comes into force is a member of the board until the first appointments under section 35.',
        )
      }
    }
  })
  out.push('SCHEDULE 1 — Constitution of boards', 'SCHEDULE 2 — Minor and consequential amendments')
  out.push(
    'An Act of the Scottish Parliament to establish community boards; to make provision about their membership and conduct; and for connected purposes.',
    'The Bill for this Act of the Scottish Parliament was passed by the Parliament on 4th March 2026 and received Royal Assent on 10th April 2026',
    ...body,
    'SCHEDULE 1',
    '(introduced by section 1)',
    'CONSTITUTION OF BOARDS',
    'Status',
    '1 A board is not a servant or agent of the Crown.',
    'Membership',
    '2 (1) A board consists of—',
    '(a) a convener, and',
    '(b) not fewer than 4 and not more than 10 other members.',
    '(2) The Scottish Ministers may by regulations amend sub-paragraph (1)(b).',
    '3 A member holds office for a period of 4 years.',
    'SCHEDULE 2',
    '(introduced by section 83)',
    'MINOR AND CONSEQUENTIAL AMENDMENTS',
    '1 In section 5 of the Local Government (Scotland) Act 1973, after “council” insert “or a community board”.',
    '2 In schedule 1 to the Freedom of Information (Scotland) Act 2002, at the end insert “A community board.”',
  )
  return out.join('\n')
}

/** The same act in the older Westminster layout: "1.—(1) …" sections and "2. …" one-liners are not used; only the dash form. */
export function westminsterDashSections(): string {
  return [
    'Example Services Act 1999',
    'An Act to make provision about example services; and for connected purposes.',
    'Be it enacted by the Queen’s most Excellent Majesty, by and with the advice and consent of the Lords Spiritual and Temporal, and Commons, in this present Parliament assembled, and by the authority of the same, as follows:—',
    'PART I',
    'THE SERVICE',
    '1.—(1) There shall be a service to be known as the Example Service.',
    '(2) The Secretary of State may by order—',
    '(a) confer functions on the Service;',
    '(b) make provision about its staff.',
    '2.—(1) The Service shall keep accounts.',
    '(2) The accounts shall be audited.',
    '3.—(1) This Act may be cited as the Example Services Act 1999.',
  ].join('\n')
}

/** The Fraud Act 2006 (a real UK Public General Act, fixtures/en-uk-fraud-act-2006.txt) without its SOURCE/NOTE header. */
export function fraudActText(): string {
  const raw = readFileSync(join(import.meta.dirname, '../../../fixtures/en-uk-fraud-act-2006.txt'), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

/** The unit with this label; throws so a test names what it missed. */
export const byLabel = (units: Unit[], label: string): Unit => {
  const u = units.find((x) => x.label === label)
  if (!u) throw new Error(`no unit labelled ${label}`)
  return u
}

/** The unit a unit hangs under. */
export const parentOf = (units: Unit[], u: Unit): Unit | undefined => units.find((x) => x.id === u.parentId)
