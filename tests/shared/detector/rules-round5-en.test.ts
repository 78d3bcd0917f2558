import { describe, expect, it } from 'vitest'
import { hits } from './hits.js'

/**
 * Round 5 of the English rules (shared/detector/rules-round5-en.ts and the narrowed rules of
 * rules-en.ts), written to fixtures/detector/CONVENTION.md. The sentences are ours, in the drafting
 * of UK statutory instruments and US bills on licences, permits, grants, fees and land; each family
 * has hits and near misses (private rights, prohibitions, fixed terms, bounded references).
 */
type Case = [text: string, expected: string[]]

const FAMILIES: Record<string, Case[]> = {
  'a body’s power over others, in every shape of “may”': [
    [
      'The Department may, if it thinks fit, suspend a licence granted under this Part.',
      ['may-formula: may', 'broad-discretion: if it thinks fit'],
    ],
    [
      'The licensing authority may, by notice in writing, require the holder to produce any document.',
      ['may-formula: may'],
    ],
    ['The Secretary of State may—', ['may-formula: may—']],
    ['The registrar may refuse to register the company.', ['may-formula: may refuse']],
    ['The Agency shall have power to enter and inspect any premises.', ['may-formula: shall have power to']],
    [
      'A permit may be revoked if the holder fails to comply with a condition.',
      ['may-formula: permit may be revoked'],
    ],
    ['The administrative body may send a warning to the obligated person.', ['may-formula: may send']],
    // private persons, prohibitions, optional cooperation, documents as subjects, "as the case may be"
    ['A person may apply to the Department for a permit.', []],
    ['The holder of a permit may surrender it at any time.', []],
    ['The Department may not issue a permit to a person convicted of an offence under this Act.', []],
    ['The Department may consult the Health and Safety Executive about the application.', []],
    ['The Director may publish other reports on the portal.', []],
    ['The licence may permit the holder to store explosives.', []],
    ['A body corporate may apply for a licence.', []],
    ['The notice must be given to the applicant or the licensee, as the case may be.', []],
  ],
  'a condition the body judges itself': [
    [
      'The Department may grant an exemption subject to such conditions as it thinks fit.',
      ['may-formula: may grant', 'broad-discretion: such conditions as it thinks fit'],
    ],
    [
      'A licence may be granted subject to such terms and conditions as may be specified in the licence.',
      ['broad-discretion: such terms and conditions as may be specified'],
    ],
    [
      'If it is impossible or inappropriate to make the decision, a higher body shall act.',
      ['broad-discretion: If it is impossible or inappropriate'],
    ],
    [
      'In exceptional circumstances the Council shall waive the charge.',
      ['broad-discretion: In exceptional circumstances'],
    ],
    [
      'The Department shall, so far as reasonably practicable, inspect each site annually.',
      ['broad-discretion: so far as reasonably practicable'],
    ],
    // a court's view, a fixed condition, and whom a body consults are not a body's discretion
    [
      'The Secretary may, in the Secretary’s discretion, extend the period.',
      ['may-formula: may', 'broad-discretion: in the Secretary’s discretion'],
    ],
    [
      'The Department may impose a penalty of such amount as it considers appropriate.',
      ['may-formula: may impose', 'broad-discretion: penalty of such amount as it considers appropriate'],
    ],
    [
      'If the Director determines that the applicant is not qualified, the Director shall deny the application.',
      ['broad-discretion: If the Director determines'],
    ],
    [
      'If the Director has reason to believe that a licensee has violated this part, a notice shall be issued.',
      ['broad-discretion: has reason to believe'],
    ],
    ['If the court determines that the debt is due, it shall enter judgment.', []],
    [
      'In necessary cases the Inspectorate shall conduct an unscheduled inspection.',
      ['broad-discretion: In necessary cases'],
    ],
    ['The inspection may also be conducted in other cases provided by law.', []],
    [
      'The Director may approve variances on a case-by-case basis.',
      ['may-formula: may approve', 'broad-discretion: on a case-by-case basis'],
    ],
    [
      'The Department shall not grant a licence unless it is satisfied that the applicant has adequate arrangements for storage.',
      ['broad-discretion: unless it is satisfied', 'legal-linguistic-uncertainty: adequate arrangements'],
    ],
    ['The order may be made if the court thinks fit.', []],
    ['The Scottish Ministers must consult such persons as they consider appropriate.', []],
    ['The licence lapses if the holder fails to pay the fee within 30 days.', []],
  ],
  'procedure, conditions or amounts left to the body’s own act': [
    [
      'The Secretary of State may by regulations make provision about the conditions of a licence.',
      ['excessive-bylaw-rulemaking: may by regulations make provision'],
    ],
    [
      'An application must be made in the prescribed manner.',
      ['excessive-bylaw-rulemaking: in the prescribed manner'],
    ],
    [
      'Notice shall be given in such manner as the Department may direct.',
      ['excessive-bylaw-rulemaking: in such manner as the Department may direct'],
    ],
    [
      'The Secretary may by regulation establish criteria for the award of grants.',
      ['excessive-bylaw-rulemaking: may by regulation establish'],
    ],
    [
      'Each manufacturer shall report the data in a form and manner specified by the Secretary.',
      ['excessive-bylaw-rulemaking: in a form and manner specified by the Secretary'],
    ],
    [
      'The manufacturer shall pay a penalty in an amount determined by the Secretary.',
      ['excessive-bylaw-rulemaking: amount determined by the Secretary'],
    ],
    // a notice is an individual act, not rule-making; a relative "as it may determine" grants nothing
    ['The Department may by notice require the holder to provide information.', ['may-formula: may by']],
    ['The authority shall set the fee at £40 or such lower sum as it may determine.', []],
    // a form is not marked; neither is a body's act bounded by a named act
    ['An application must be made in the prescribed form.', []],
    ['The amount determined by the Secretary under section 1860D-14 shall apply.', []],
    [
      'The licence is issued in the manner established by the Cabinet of Ministers.',
      ['excessive-bylaw-rulemaking: in the manner established by the Cabinet of Ministers'],
    ],
    [
      'Documents are considered in the established procedure.',
      ['excessive-bylaw-rulemaking: in the established procedure'],
    ],
    [
      'The Secretary shall promulgate regulations establishing criteria for eligibility.',
      ['excessive-bylaw-rulemaking: shall promulgate regulations establishing'],
    ],
    // bounded by law; a plain power to make rules; a commencement clause
    ['The licence is issued in the manner established by law.', []],
    ['The Secretary shall promulgate regulations to carry out this section.', []],
    ['This Order comes into operation on such day as the Department may by order appoint.', []],
    ['The fee shall be paid as prescribed in § 478.42.', []],
    [
      'Wages shall be paid at rates as determined by the Secretary in accordance with section 3142 of title 40.',
      [],
    ],
  ],
  'a body nobody names; one power given jointly': [
    [
      'The relevant authority shall consider the complaint.',
      ['duplicated-powers: The relevant authority', 'no-deadline: shall consider the complaint'],
    ],
    [
      'A higher administrative body or other authorized body may oblige the body to act.',
      ['duplicated-powers: other authorized body', 'may-formula: may oblige'],
    ],
    [
      'The Department and the Agency shall jointly determine the application.',
      ['duplicated-powers: shall jointly determine'],
    ],
    [
      'The application shall be filed with the appropriate regional office.',
      ['duplicated-powers: the appropriate regional office'],
    ],
    // a partner in cooperation only
    ['The Department shall cooperate with the relevant authorities of other States.', []],
  ],
  'a term the body sets, or none': [
    [
      'The Council shall decide the application as soon as reasonably practicable.',
      ['no-deadline: as soon as reasonably practicable'],
    ],
    [
      'The holder must remedy the breach within such period as the Department may specify.',
      ['no-deadline: within such period as the Department may specify'],
    ],
    [
      'The administrative body may set an additional time period for the voluntary execution of the act.',
      ['no-deadline: set an additional time period'],
    ],
    ['The Director will issue a licence to the applicant.', ['no-deadline: will issue a licence']],
    // fixed terms
    ['The Director will issue a licence within 60 days of receipt of the application.', []],
    ['The Department shall decide the application within 28 days of receiving it.', []],
    [
      'The administrative body may set an additional period of 10 days for payment.',
      ['may-formula: may set'],
    ],
    ['The Librarian shall submit the list as soon as practicable (but not later than April 1).', []],
  ],
  'evaluative words that decide a person’s right': [
    [
      'A person who without reasonable excuse fails to comply with a notice commits an offence.',
      ['legal-linguistic-uncertainty: reasonable excuse'],
    ],
    [
      'A chief officer of police must not issue a certificate unless satisfied that the person has good reason for acquiring explosives.',
      ['legal-linguistic-uncertainty: good reason'],
    ],
    [
      'The trainee receives a stipend as long as the trainee maintains satisfactory attendance.',
      ['legal-linguistic-uncertainty: satisfactory attendance'],
    ],
    [
      'The applicant must take all reasonable precautions to prevent loss of the substance.',
      ['legal-linguistic-uncertainty: reasonable precautions'],
    ],
    // internal organisation of the body
    ['The Secretary shall establish an appropriate administrative structure.', []],
  ],
  'open lists of what a person must give or of grounds': [
    [
      'An application shall be accompanied by such information as the Department may reasonably require.',
      ['open-refusal-grounds: such information as the Department may reasonably require'],
    ],
    [
      'The Department shall have regard to all the circumstances of the case, including in particular the applicant’s conduct.',
      ['open-refusal-grounds: all the circumstances of the case, including in particular'],
    ],
    [
      'The authority shall take into account any other matter which it considers relevant.',
      ['open-refusal-grounds: any other matter which it considers relevant'],
    ],
    [
      'The applicant shall supply all information, including, without limitation, the documents listed in Schedule 1.',
      ['open-refusal-grounds: including, without limitation'],
    ],
    [
      'The council may refuse the application on any ground which it considers sufficient.',
      ['may-formula: may refuse', 'open-refusal-grounds: any ground which it considers sufficient'],
    ],
    // a closed list, the eligible recipients of a benefit, and "including in particular" in a finding
    ['The Act addresses the costs of unemployment, including in particular reduced tax collections.', []],
    ['An application shall contain the name and address of the applicant.', []],
    ['Entities eligible for grants under this section shall include—', []],
  ],
  'exceptions a body grants case by case': [
    [
      'Unless the Department otherwise directs, the holder must display the licence at the premises.',
      ['selective-rights-exceptions: Unless the Department otherwise directs'],
    ],
    [
      'This requirement shall not apply if the grant provides otherwise for good cause shown.',
      ['selective-rights-exceptions: provides otherwise for good cause shown'],
    ],
    // an exception the law fixes
    ['This section does not apply to a licence granted before 1 April 2020.', []],
  ],
  'money: fees, grants, land and contracts': [
    [
      'The Agency may charge such fees as it considers appropriate for advice.',
      ['tax-fee-procedure: may charge such fees', 'broad-discretion: as it considers appropriate'],
    ],
    ['An application must be accompanied by the prescribed fee.', ['tax-fee-procedure: the prescribed fee']],
    [
      'The Minister may make grants of such amounts as the Minister thinks fit.',
      ['may-formula: may make', 'budget-funds-procedure: such amounts as the Minister thinks fit'],
    ],
    [
      'The authority may dispose of land held by it in such manner as it thinks fit.',
      ['procurement-procedure: dispose of land', 'broad-discretion: as it thinks fit'],
    ],
    [
      'The council may award the contract without a tender.',
      ['may-formula: may award', 'no-competitive-procedures: without a tender'],
    ],
    ['Services are provided on a paid basis.', ['tax-fee-procedure: on a paid basis']],
    [
      'The Secretary shall give priority to such applicants as the Secretary determines.',
      ['unjustified-preferences: priority to such applicants as the Secretary determines'],
    ],
    ['The Secretary shall give priority to applicants in areas with unemployment above 8 percent.', []],
    ['Services are provided on a paid basis at rates not exceeding the cost of provision.', []],
    // an amount, a ceiling, a prohibition, a disposal at market value
    ['The Agency may charge a fee not exceeding £100 for each inspection.', ['may-formula: may charge']],
    ['The Director may not charge a fee for access to the portal.', []],
    ['The authority may dispose of land at not less than market value.', ['may-formula: may dispose']],
  ],
  'decisions put beyond appeal, reasons withheld, officials beyond liability': [
    [
      'The decision of the Department under this regulation is final.',
      ['no-appeal-route: decision of the Department under this regulation is final'],
    ],
    [
      'No appeal lies against a decision of the Secretary of State under this section.',
      ['no-appeal-route: No appeal lies'],
    ],
    [
      'There shall be no administrative or judicial review of a determination under this section.',
      ['no-appeal-route: no administrative or judicial review'],
    ],
    [
      'The Secretary may enter into contracts without regard to any provision of law relating to competitive procurement.',
      [
        'may-formula: may enter',
        'no-competitive-procedures: without regard to any provision of law relating to competitive procurement',
      ],
    ],
    [
      'The Department shall not be required to publish the grounds of a refusal.',
      ['lack-of-transparency: not be required to publish the grounds'],
    ],
    [
      'The Department is not required to give reasons for its decision.',
      ['lack-of-transparency: not required to give reasons'],
    ],
    [
      'No action shall lie against an inspector for anything done under this Act.',
      ['no-liability: No action shall lie against'],
    ],
    ['The procedure for awarding grants shall be determined by a separate law.', ['legal-gap: separate law']],
    // an appeal right, a refusal whose appeal the excerpt does not mention, the final report
    ['The applicant may appeal to the tribunal against the decision.', []],
    ['The Department shall refuse the application if the fee is not paid.', []],
    [
      'Any determination by the Secretary under this subsection shall not be subject to administrative or judicial review.',
      ['no-appeal-route: not be subject to administrative or judicial review'],
    ],
    [
      'The decision of the Director will be final.',
      ['no-appeal-route: decision of the Director will be final'],
    ],
    ['The Department shall publish the final report within 30 days.', []],
    ['The decision shall become final 15 days after the notice is served.', []],
  ],
}

describe('round 5 of the English rules (CONVENTION.md)', () => {
  for (const [family, cases] of Object.entries(FAMILIES))
    describe(family, () => {
      it.each(cases)('%s', (text, expected) => {
        expect(hits('en', text)).toEqual(expected)
      })
    })
})
