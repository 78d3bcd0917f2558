import type { RuleSpec } from './rules.js'

/**
 * Round 6 of the rules for en: the families the second blind set showed the earlier rounds missed,
 * written to CONVENTION.md and its Precedents rather than to the blind items' phrases. US federal
 * drafting (permits, licences, inspections, enforcement) says the same things as the UK forms of
 * round 5 in other words: "as in his opinion are warranted", "in his judgment", "such rules and
 * regulations as he may deem necessary", "unless otherwise notified by the Chief", "shall render his
 * decision" with no term, "not likely to comply with the law".
 */

/** "the Secretary", "such officer", "he": whose own view decides. */
const WHO = '(?:(?:the|such) (?:% ){0,3}%|he|she|it|they)'
/** What that view finds: the body's own measure of need. */
const NEED =
  '(?:necessary|appropriate|proper|warranted|fit|advisable|desirable)(?: (?:and|or) (?:necessary|appropriate|proper|advisable))?'

export const ROUND6_EN_RULES: RuleSpec[] = [
  // Each distinct anchor costs a search of the whole text (about 0.5 ms a megabyte), so the families
  // share the anchors earlier rounds already search ("rules", "prescribe", "unless", "may be", "information");
  // a one-word group such as "(?:the)" keeps a common word from becoming the anchor.

  // ---- broad-discretion: the body's own opinion or judgment on when and how it acts ("in their
  // opinion," set off by commas is a commission's view in its report, not a condition on acting)
  {
    id: 'en.r6.discretion.opinion',
    key: 'broad-discretion',
    pattern: `(?:in|according to) (?:his|her|its|their|the (?:% ){0,3}%'s) (?:opinion|judgment)(?!,)|as (?:the )?circumstances (?:may )?(?:warrant|require|dictate)|as ${WHO} (?:may )?finds? ${NEED}`,
    // "in the opinion of the court" and a tribunal's judgment are adjudication (Precedents)
    except: 'court|judge|tribunal|jury|applicant|employer|licensee|person',
    keepIfProhibited: true,
    priority: 3,
  },
  // the body finds an act against "the public interest" or "the purpose" with nothing to measure it by
  {
    id: 'en.r6.discretion.public-interest',
    key: 'broad-discretion',
    pattern:
      '(?:contrary to|inconsistent with|incompatible with|detrimental to|not in) (?:the )?(?:public interest|purpose)s?|public interest (?:so )?requires(?: otherwise)?',
    clauseHas:
      'finds?|determines?|decides?|considers?|secretary|director|officer|commission|administrator|attorney general|minister',
    except: 'court|judge',
    keepIfProhibited: true,
    priority: 3,
  },
  // Precedents: "the body decides or disapproves with no grounds in the section"
  {
    id: 'en.r6.discretion.disapproves',
    key: 'broad-discretion',
    pattern:
      '(?:if|when|where|whenever) (?:the) (?:% ){0,3}%(?:,(?: %){1,3},)? (?:disapproves|rejects) (?:the|an|any|such) (?:% )?(?:application|request|permit|license|licence|plan)',
    except: 'applicant|person|licensee|holder|employer|owner|court|judge',
    clauseLacks: 'because|grounds?|reasons?|not qualified|fails? to|ineligible|violat',
    priority: 3,
  },

  // ---- excessive-bylaw-rulemaking: the body writes the rules to its own measure
  {
    id: 'en.r6.bylaw.rules-as-needed',
    key: 'excessive-bylaw-rulemaking',
    pattern: `(?:rules|regulations)(?: and (?:rules|regulations))? as ${WHO} (?:may )?(?:deems?|considers?|finds?|thinks?) ${NEED}|as (?:the) (?:% ){0,3}%, (?:%,? ){1,12}?%, (?:may|shall) (?:by regulations? )?(?:prescribe|specify)(?: by (?:regulations?|rules?))?`,
    priority: 4,
  },

  // ---- selective-rights-exceptions: the body sets a rule aside for one case
  {
    id: 'en.r6.exceptions.body-varies',
    key: 'selective-rights-exceptions',
    pattern:
      'unless (?:otherwise) (?:notified|directed|instructed|authori[sz]ed|approved|specified|stated) (?:in writing )?by the|unless (?:a |an )?(?:different|other|longer|shorter) (?:% ){0,3}(?:is|are) (?:stated|specified|fixed|set|shown) (?:thereon|therein|in (?:the|such) %)|(?:allowing|permitting|providing for) (?:such )?(?:reasonable )?(?:variations|tolerances|variances|exemptions)',
    except: 'court|tribunal|judge',
    keepIfProhibited: true,
    priority: 3,
  },

  // ---- no-deadline: the body's decision with no term
  {
    id: 'en.r6.deadline.decision',
    key: 'no-deadline',
    pattern:
      '(?:shall|will) (?:render|issue|make|give) (?:his|her|its|a|the|an) (?:final |written )?(?:decision|determination|ruling)|with (?:reasonable )?promptness|(?:shall|will) be notified of (?:the|any|such) deficienc(?:y|ies)',
    clauseLacks:
      '(?:within|not later than|no later than|before the end of) |\\d+ (?:working |business |calendar )?days|(?:ten|fifteen|thirty|sixty|ninety) days',
    priority: 2,
  },

  // the body issues, returns or corrects the permit itself with no term ("shall issue the amended
  // license and return it to the applicant")
  {
    id: 'en.r6.deadline.issue-permit',
    key: 'no-deadline',
    pattern:
      '(?:shall|will) (?:(?:promptly )?(?:issue|return|correct|approve|renew|amend) )(?:the|an|a|such) (?:% ){0,2}(?:license|licence|permit|registration|certificate|error)',
    subject: 'authority',
    clauseLacks:
      '(?:within|not later than|no later than|before the end of|prior to) |\\d+ (?:working |business |calendar )?days|(?:ten|fifteen|thirty|sixty|ninety|\\d+)-day',
    priority: 2,
  },

  // ---- may-formula: a notice or order issued in the passive
  {
    id: 'en.r6.may.notice-issued',
    key: 'may-formula',
    pattern:
      '(?:notice|order|citation|warrant|penalty|fine|summons|direction)s? (?:[\\p{L}\\p{N},]+ ){0,8}may be (?:issued|imposed|assessed|served)',
    except: 'court|judge',
    priority: 2,
  },

  // ---- legal-linguistic-uncertainty: an evaluative requirement the applicant must meet (Precedents)
  {
    id: 'en.r6.vague.applicant',
    key: 'legal-linguistic-uncertainty',
    pattern:
      '(?:not )?likely to (?:comply|abide) (?:with|by)(?: the (?:law|laws|act|regulations))?(?: (?:and|or) (?:the )?(?:regulations|rules))?|(?:satisfactory|reasonable|adequate|sufficient) explanation',
    keepIfProhibited: true,
    priority: 3,
  },

  // ---- open-refusal-grounds: what the applicant gives is whatever the form or the body asks
  {
    id: 'en.r6.open.form-information',
    key: 'open-list',
    pattern: `(?:information|documents|particulars|data) requested (?:on|by|in) (?:the) (?:% )?form(?:,? including)?|(?:such) (?:other )?(?:related |relevant |additional |further |supporting )(?:information|documents|evidence|particulars) as ${WHO} (?:may )?(?:considers?|deems?|requires?|requests?|determines?|specif(?:y|ies))`,
    priority: 3,
  },
]
