import { describe, expect, it } from 'vitest'
import { hits } from './hits.js'

/**
 * Round 6 of the English rules (shared/detector/rules-round6-en.ts and the narrowed rules of
 * rules-en.ts, rules-round4.ts and rules-round5-en.ts), written to CONVENTION.md and its Precedents.
 * The sentences are ours, in US and UK drafting on permits, licences, inspections and enforcement;
 * each family has hits and the near misses that the narrowing keeps quiet.
 */
type Case = [text: string, expected: string[]]

const FAMILIES: Record<string, Case[]> = {
  'the body’s own opinion, judgment or measure of the public interest': [
    [
      'The Director shall impose such conditions as in his opinion are warranted.',
      ['broad-discretion: in his opinion'],
    ],
    [
      'The Administrator may approve the plan if the plan in his judgment meets the purposes of this Act.',
      ['may-formula: may approve', 'broad-discretion: in his judgment'],
    ],
    [
      'The inspector shall revisit the premises as circumstances warrant.',
      ['broad-discretion: as circumstances warrant'],
    ],
    [
      'The Commissioner shall deny the permit if he finds that it is contrary to the public interest.',
      ['broad-discretion: contrary to the public interest'],
    ],
    [
      'If the Director disapproves the application, the fee is not refunded.',
      ['broad-discretion: If the Director disapproves the application'],
    ],
    // a commission's view in its report; a disapproval with its grounds; a court's opinion
    ['The Commission shall state in the report that, in their opinion, no alteration is required.', []],
    [
      'If the Director disapproves the application because the applicant is not qualified, the fee is not refunded.',
      [],
    ],
    ['The findings, in the opinion of the court, shall be conclusive.', []],
  ],
  'rules the body writes to its own measure': [
    [
      'The Secretary shall prescribe such rules and regulations as he may deem necessary to carry out this Act.',
      ['excessive-bylaw-rulemaking: rules and regulations as he may deem necessary'],
    ],
    [
      'Employers shall keep such records as the Secretary, in cooperation with the Secretary of Commerce, may prescribe by regulation.',
      [
        'excessive-bylaw-rulemaking: as the Secretary, in cooperation with the Secretary of Commerce, may prescribe by regulation',
      ],
    ],
    [
      'Employers shall keep such records as the Secretary, in cooperation with the Secretary of Health, Education, and Welfare, may prescribe by regulation.',
      [
        'excessive-bylaw-rulemaking: as the Secretary, in cooperation with the Secretary of Health, Education, and Welfare, may prescribe by regulation',
      ],
    ],
    // the body's own staff and hearings are internal organisation (Precedents)
    [
      'The Commission may appoint such additional personnel as the Commission considers to be appropriate.',
      [],
    ],
  ],
  'the body sets a rule aside for one case': [
    [
      'A permit is valid for one year unless a different period of validity is stated thereon.',
      ['selective-rights-exceptions: unless a different period of validity is stated thereon'],
    ],
    [
      'The licensee shall renew the license each year unless otherwise notified in writing by the Chief.',
      ['selective-rights-exceptions: unless otherwise notified in writing by the'],
    ],
    [
      'The Secretary shall make rules allowing reasonable variations and exemptions.',
      ['selective-rights-exceptions: allowing reasonable variations'],
    ],
  ],
  'a decision with no term': [
    ['After the hearing the Director shall render his decision.', ['no-deadline: shall render his decision']],
    [
      'The Administrator shall approve the plan with reasonable promptness.',
      ['no-deadline: with reasonable promptness'],
    ],
    ['The Director shall render his decision within 30 days after the hearing.', []],
    // a power of entry is no term; a term already found swallows its repetition
    ['The inspector is authorized to enter without delay any factory.', ['may-formula: is authorized to']],
    [
      'Within a reasonable time after the conclusion of the hearing, and as expeditiously as possible, the judge shall decide.',
      [
        'no-deadline: Within a reasonable time after the conclusion of the hearing, and as expeditiously as possible',
      ],
    ],
    [
      'The Chief shall correct the error and return the license to the licensee.',
      ['no-deadline: shall correct the error'],
    ],
    ['The Chief shall issue the amended license within 15 days of the request.', []],
    ['The licensee shall return the license to the Chief.', []],
    // a private person's duty is no delay of the body's; the passive with the person as subject still is
    ['Each employer shall promptly notify any employee exposed to toxic materials.', []],
    ['The applicant shall be promptly advised in writing of the decision.', ['no-deadline: promptly']],
  ],
  'may in passive notices and in a list of powers': [
    [
      'A notice of revocation of the license, Form 4500, may be issued to the licensee.',
      ['may-formula: notice of revocation of the license, Form 4500, may be issued'],
    ],
    ['The Secretary is authorized—', ['may-formula: is authorized—']],
    ['The Chief may require the applicant to file a copy.', ['may-formula: may require']],
    // an attorney's authority, a body's statistics, a commission's own findings, agreements with a State
    ['He may be represented by an attorney who is authorized to file motions.', []],
    ['The Secretary is authorized to compile and publish statistics.', []],
    ['The Commission may modify its findings as to the facts.', []],
    ['The Secretary may enter into an agreement with a State.', []],
    ['The Commission may use the United States mails.', []],
  ],
  'evaluative words: the applicant’s, not the procedure’s': [
    [
      'The application shall be denied if the applicant is not likely to comply with the law.',
      ['legal-linguistic-uncertainty: not likely to comply with the law'],
    ],
    [
      'The licensee shall give a satisfactory explanation of the error.',
      ['legal-linguistic-uncertainty: satisfactory explanation'],
    ],
    // review standards, fees, forms, officers of named bodies, the body's reasons to act
    ['The findings, if supported by substantial evidence, shall be conclusive.', []],
    ['The application shall include the appropriate fee.', []],
    ['Registered persons shall notify the appropriate ATF officer of any change.', []],
    ['The Secretary shall act if there are reasonable grounds to believe that a danger exists.', []],
  ],
  'finality and open lists the Precedents leave unmarked': [
    [
      'If the employer fails to notify the Secretary that he intends to contest the citation, the citation shall be deemed a final order not subject to review by any court.',
      [],
    ],
    ['When, on appeal, the Director affirms the initial decision, the decision will be final.', []],
    ['All notices and other documents shall be served by mail.', []],
    [
      'The application must contain the information requested on the form, including the name of the importer.',
      ['open-refusal-grounds: information requested on the form, including'],
    ],
  ],
}

describe('round 6 of the English rules (CONVENTION.md and its Precedents)', () => {
  for (const [family, cases] of Object.entries(FAMILIES))
    describe(family, () => {
      it.each(cases)('%s', (text, expected) => {
        expect(hits('en', text)).toEqual(expected)
      })
    })
})
