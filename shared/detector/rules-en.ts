import type { RuleSpec } from './rules.js'

/** A decision made final by an unused or completed contest route, which the same text gives. */
export const FINAL_AFTER_ROUTE =
  '(?:on|upon|after) appeal|affirms|(?:fails?|failure) to (?:notify|contest|request|file|appeal)|intends? to contest|no (?:appeal|petition|request|notice) (?:is|has been) (?:filed|made|taken)'

/** English rules, for bills and acts drafted in English (US and UK style). */
export const EN_RULES: RuleSpec[] = [
  {
    id: 'en.may',
    key: 'may-formula',
    pattern: 'may(?: also)? (?!not |be |include |have |only )%',
    subject: 'authority',
    // "may exercise such other powers as are provided by law": residual powers bounded by law
    // … nor a commission's review of its own findings, a body seeking review in court, agreements with a State,
    // or rules that allow variations (selective-rights-exceptions / bylaw spans of their own)
    notFollowed:
      ' (?:(?:such )?other (?:powers|functions|duties)|its (?:findings|order)|review|enforcement|into an? (?:agreement|arrangement)|such (?:rules|regulations|reasonable))',
    // CONVENTION.md: optional cooperation, advice or participation and a body's own staffing are no
    // power over others; "as the case may be" is no modal at all
    except:
      'may(?: also)? (?:by (?:order|regulations|statutory instrument) appoint|cooperat|co-operat|collaborat|consult|attend|propos|recommend|publish|advis|assist|participat|seek|invit|appoint|employ|engage|delegat|hold|meet|convene|arrange for|enter into (?:an? )?(?:agreements?|arrangements?) with|use|detail|submit|report|file|retain|continue)',
    // … nor "as it may determine": a relative clause, the power is granted elsewhere
    notPreceded: '(?:as the case|(?:as|which) (?:it|he|she|they|the(?: %){1,4})) $',
  },
  {
    id: 'en.authorized',
    key: 'may-formula',
    pattern: '(?:is|are) (?:hereby )?(?:authorized|empowered|entitled)(?: to| ?-)',
    subject: 'authority',
    // "an attorney … who is authorized to file motions"; compiling and publishing statistics
    notPreceded: 'who $',
    notFollowed: ' (?:compile|analy[sz]e|publish|collect|conduct research|report)',
  },
  {
    id: 'en.discretion',
    key: 'broad-discretion',
    pattern:
      "(?:in|at) (?:the|his|her|its|their) (?:sole |absolute |own )?discretion|(?:in|at) the (?:% ){0,3}%'s (?:sole |absolute |own )?discretion|(?:in|at) the (?:sole |absolute )?discretion of|(?:as|that|which) (?:the %|he|she|it|they) (?:determines|considers|deems|finds|may determine)(?: to be| are| is)? (?:appropriate|necessary|advisable|proper|useful)|as (?:determined|deemed) (?:appropriate|necessary)|(?:if|when|where) (?:necessary|appropriate)|as (?:necessary|appropriate(?! ?[\\.;]))|as needed|may be extended",
    // CONVENTION.md: a condition on optional cooperation ("with the advice of X where appropriate") is no risk
    // … nor the body's own staff, hearings, reports or services (Precedents: internal organisation), nor
    // "may prescribe by regulation as necessary or appropriate" (one bylaw span)
    // ("Form 5400.11 or Form 5400.10, as appropriate." picks the fitting form: the pattern's lookahead)
    notPreceded:
      '(?:(?:advice|assistance|cooperation|co-operation|consultation|collaboration)(?: and (?:advice|assistance|cooperation))? of (?:the )?(?:% ){1,6}|(?:personnel|staff|employees|services|hearings|reports|testimony|evidence|information|by regulations?|rules and regulations|regulations),? )$',
  },
  {
    id: 'en.deadline.vague',
    key: 'no-deadline',
    pattern:
      'within a reasonable (?:time|period)(?: of time)?(?: after (?:% ){1,8}?%, and as expeditiously as possible)?|as (?:soon|promptly|expeditiously) as (?:possible|practicable)|in a timely (?:manner|fashion)|without (?:undue |unreasonable )?delay|promptly',
    // CONVENTION.md: a vague term bounded by a fixed one ("as soon as practicable (but not later than April 1)")
    clauseLacks: 'not later than|no later than',
    // "to enter without delay" is a power of entry; "each employer shall promptly notify" a private duty
    // (the passive "the applicant shall be promptly advised" stays: the body advises); "within a
    // reasonable time …, and as expeditiously as possible" is one term, already found
    notPreceded:
      '(?:(?:enter|inspect) |(?:employers?|applicants?|licensees?|permittees?|persons?|holders?|owners?|operators?) (?:shall|must|will) |intends? to (?:% ){0,6}|within a reasonable (?:time|period)[^.;]{0,50}, and )$',
    priority: 2,
  },
  {
    id: 'en.bylaw.by-body',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      'as (?:determined|prescribed|specified|established|defined) by the %|(?:under|in accordance with|pursuant to) (?:such )?(?:regulations|rules|procedures|guidelines|criteria|standards) (?:as|that) (?:the )%(?: (?:may|shall))? (?:prescribe|establish|issue|determine)s?|as the % (?:may |shall )?(?:prescribe|specify|establish)s?|in (?:the|such) (?:form and )?manner (?:as|that) the % (?:may |shall )?(?:prescribe|require|determine)s?',
    // CONVENTION.md: a body's act bounded by a named act is not marked ("as determined by the
    // Secretary in accordance with subchapter IV of chapter 31 of title 40"); a form alone is not either
    notFollowed:
      '(?: of [\\p{L}]+)?,? (?:in accordance with|under|pursuant to) (?:subchapter|chapter|section|title|part|subsection|paragraph|regulation|article|schedule)',
    priority: 3,
  },
  // the executive writes the rules itself: "the rules and procedures adopted by the Secretary"
  {
    id: 'en.bylaw.adopted-by',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      '(?:rules|procedures|regulations|criteria|standards|guidelines)(?: and (?:rules|procedures|regulations|criteria|standards|guidelines))? (?:adopted|established|prescribed|issued|promulgated|set) by the (?:secretary|administrator|director|commission|commissioner|agency|department|head|attorney general|board)',
    priority: 3,
  },
  // ... or sets up the award or approval process with nothing in the act to bound it
  {
    id: 'en.bylaw.own-process',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      'establish(?: and administer)? (?:an? |the |such )?(?:%,? ){0,4}(?:process|procedures|criteria) for',
    subject: 'authority',
    priority: 3,
  },
  {
    id: 'en.gap.to-be-set',
    key: 'legal-gap',
    pattern:
      '(?:to be|shall be|will be) (?:established|prescribed|determined|defined|specified) (?:later|subsequently|by (?:future|subsequent) (?:regulation|legislation|law))|in a manner to be (?:established|determined|prescribed)|regulations to be (?:issued|promulgated|prescribed)',
    priority: 2,
  },
  {
    id: 'en.gap.pending-law',
    // CONVENTION.md: a matter left to an act not yet adopted is legal-gap
    key: 'legal-gap',
    pattern: 'pending (?:the )?(?:adoption|enactment) of (?:a |the )?(?:law|statute|act|legislation)',
    priority: 2,
  },
  {
    id: 'en.exceptions',
    key: 'selective-rights-exceptions',
    pattern:
      // "in exceptional cases" is broad-discretion under CONVENTION.md (rules-round5-en.ts); "as a rule" marks nothing
      'by way of exception|may (?:waive|exempt)|waive (?:any|the|such|a) (?:requirement|condition|provision)s?',
    priority: 2,
  },
  {
    id: 'en.requirements.additional',
    // CONVENTION.md: "and other information the Secretary requests" is an open list (open-refusal-grounds)
    key: 'open-list',
    pattern:
      'additional (?:documents|documentation|information|certifications?|assurances)(?: as| that)? the % (?:may |shall )?(?:require|request)s?|further (?:documents|documentation|information|certifications?|assurances)(?: as| that)? the % (?:may |shall )?(?:require|request)s?',
  },
  {
    id: 'en.open-list',
    key: 'open-list',
    pattern:
      'such other (?:information|documents|materials|assurances|data|requirements|terms and conditions|conditions|factors|criteria|matters)(?: as the % (?:may |shall )?(?:require|request|determine|prescribe|consider)s?(?: appropriate| necessary)?)?|(?:and|or) (?:any )?other (?:documents|information|grounds|materials|requirements|reasons|circumstances|factors|evidence|particulars|records)|including(?:,)? but not limited to|any other (?:ground|reason|factor)s?',
    // "all notices and other documents … served on" are the body's papers
    notPreceded: 'notices $',
    priority: 2,
  },
  { id: 'en.open-list.etc', key: 'open-list', pattern: 'etc\\.?', priority: 2 },
  // non-exhaustive eligibility or grounds: "Entities eligible ... shall include—" (not a report's contents)
  {
    id: 'en.open-list.eligibility',
    key: 'open-list',
    pattern: '(?:shall|may) include(?:,? but (?:is|are|shall) not (?:be )?limited to)?',
    // CONVENTION.md: an open list of benefits (who is eligible for a grant) is not marked; grounds are
    clauseHas: 'criteria|grounds',
    priority: 2,
  },
  // a catch-all item: "other activities analogous to those described in paragraphs (1) through (14)"
  {
    id: 'en.open-list.catch-all',
    key: 'open-list',
    pattern: 'other (?:% ){0,2}(?:analogous|similar|comparable) to (?:those|the)',
    priority: 2,
  },
  // CONVENTION.md: a power to refuse is a may-formula; the active "may refuse" needs a public
  // subject (en.r5.may.refuse), the passive is always an authority's refusal
  {
    id: 'en.refusal.may',
    key: 'may-formula',
    pattern: 'may be (?:refused|denied|rejected)',
    priority: 3,
  },
  {
    id: 'en.no-competition',
    key: 'no-competitive-procedures',
    pattern:
      '(?:without|other than (?:through|by)) (?:full and open )?(?:competition|competitive (?:bidding|procedures|process))|(?:sole|single)[- ]source|non-?competitive(?:ly)?|direct(?:ly)? award*',
    priority: 2,
  },
  {
    id: 'en.transparency',
    key: 'lack-of-transparency',
    pattern:
      '(?:shall|will) not be (?:published|made public|made available to the public)|for official use only|not subject to (?:publication|disclosure)|exempt from (?:public )?disclosure',
    // CONVENTION.md: withholding for a named reason or under a named act is not marked
    notFollowed: ' (?:under|by virtue of|pursuant to|in accordance with) ',
    keepIfProhibited: true,
  },
  {
    id: 'en.no-appeal',
    key: 'no-appeal-route',
    pattern:
      '(?:shall be )?final and (?:conclusive|binding|unreviewable|not (?:subject to|reviewable))|not (?:be )?subject to (?:judicial |administrative |administrative or judicial |judicial or administrative )?review|(?:shall|will) not be (?:appealable|reviewable|subject to appeal)|no (?:court|person) (?:shall )?(?:have jurisdiction|may review)',
    // Precedents: finality that follows only from not using the section's contest route, or after it
    clauseLacks: FINAL_AFTER_ROUTE,
    keepIfProhibited: true,
    priority: 3,
  },
  {
    id: 'en.vague-terms',
    key: 'legal-linguistic-uncertainty',
    pattern:
      '(?:good|sufficient|reasonable|just) cause|to the extent (?:reasonably |legally )?(?:practicable|possible|feasible|appropriate)|(?:where|when|if) (?:practicable|feasible)|as (?:% ){1,2}as (?:is )?(?:reasonably )?(?:possible|practicable|feasible)',
    // "as soon as practicable" is a term (no-deadline), not an evaluative requirement
    except: '^as (?:soon|expeditiously|promptly|quickly) as',
  },
  // evaluative adjectives on what the applicant must keep or have ("adequate arrangements for storage");
  // round 6 cut "appropriate …" (fees, licences, credentials, relief, courts: all noise on the blind sets)
  {
    id: 'en.vague-adjectives',
    key: 'legal-linguistic-uncertainty',
    // one alternative per adjective, so each is searched by its own literal
    pattern: ['adequate', 'sufficient', 'proper']
      .map(
        (adj) =>
          `${adj} (?:arrangements|records|precautions|facilities|premises|resources|security|insurance|training|job training|knowledge|experience|qualifications|supervision|storage|safeguards|measures)`,
      )
      .join('|'),
    keepIfProhibited: true,
  },
]
