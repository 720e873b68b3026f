import type { ChecklistTemplate, SuggestionsResponse } from '../../src/domain/checklist/schema'

/**
 * The risk-scoring checklist template, from ../shared/research/checklist-outline.md. Item ids are
 * the outline's section letter + number (claims.ts refers to them). Weights: exposure items by
 * closeness to harm (UNGP 13: cause, contribute, directly linked); management sections in the
 * proportions of the CHRB theme weights (governance 10, embedding and due diligence 25, remedy 15,
 * responses to serious allegations 20); the investor's actions equally.
 */
export const checklistTemplate: ChecklistTemplate = {
  id: 'hrdd-investor',
  version: 1,
  title: 'Human-rights due diligence for investors: technology supplied to immigration enforcement',
  publishedOn: '2026-11-23',
  sections: [
    {
      id: 'A',
      title: 'Exposure: how close the business is to the harm',
      kind: 'exposure',
      frameworks: ['UNGP 13', 'IAHR briefing'],
      items: [
        {
          id: 'A1',
          question:
            'Does the company hold contracts with an agency whose operations include detention, deportation or family separation?',
          frameworks: ['UNGP 13', 'IAHR briefing'],
          weight: 3,
        },
        {
          id: 'A2',
          question: 'Are those contracts large and long-running (over $200M; since 2011)?',
          frameworks: ['IAHR briefing'],
          weight: 2,
        },
        {
          id: 'A3',
          question: 'Do the products identify, track or profile individuals (ICM, FALCON)?',
          frameworks: ['UNGP 13', 'RDR privacy'],
          weight: 2,
        },
        {
          id: 'A4',
          question: 'Is there documented use of the products in operations linked to serious harm?',
          frameworks: ['UNGP 13', 'UNGP 14 (severity)'],
          weight: 3,
          guidance:
            'For example the 2017 operation against relatives of unaccompanied children, or the Mississippi raids of 2019.',
        },
        {
          id: 'A5',
          question: 'Are the products reachable by units outside the contracted division (ERO)?',
          frameworks: ['UNGP 13', 'IAHR briefing'],
          weight: 2,
        },
        {
          id: 'A6',
          question: 'Does the customer depend on the product for core operations?',
          frameworks: ['UNGP 19 (leverage)'],
          weight: 2,
        },
        {
          id: 'A7',
          question: 'Is the government customer a major share of revenue?',
          frameworks: ['UNGP 19 (leverage)', 'IAHR briefing (material risk)'],
          weight: 1,
        },
      ],
    },
    {
      id: 'B',
      title: 'Commitment and governance',
      kind: 'management',
      frameworks: ['UNGP 16', 'OECD step 1', 'CHRB theme A'],
      items: [
        {
          id: 'B8',
          question: 'Has the company a public human-rights policy that references the UN Guiding Principles?',
          frameworks: ['UNGP 16', 'CHRB A.1'],
          weight: 3,
        },
        {
          id: 'B9',
          question: 'Does the board or senior management oversee human-rights risk in customer selection?',
          frameworks: ['OECD step 1', 'CHRB A.2'],
          weight: 4,
        },
        {
          id: 'B10',
          question: 'Has the company stated it will decline or end contracts on human-rights grounds?',
          frameworks: ['UNGP 19', 'OECD step 3'],
          weight: 3,
        },
      ],
    },
    {
      id: 'C',
      title: 'Due diligence',
      kind: 'management',
      frameworks: ['UNGP 17-21', 'OECD steps 2-5', 'CHRB theme B'],
      items: [
        {
          id: 'C11',
          question: 'Has a human-rights impact assessment of these contracts been carried out and disclosed?',
          frameworks: ['UNGP 18', 'OECD step 2'],
          weight: 5,
        },
        {
          id: 'C12',
          question: 'Has the company disclosed the technology provided to the agency and the safeguards in place?',
          frameworks: ['UNGP 21', 'Amnesty demand (2020)', 'RDR disclosure'],
          weight: 5,
        },
        {
          id: 'C13',
          question: 'Do the contracts limit use (end-use restrictions, audit rights)?',
          frameworks: ['UNGP 19', 'OECD step 3'],
          weight: 4,
        },
        {
          id: 'C14',
          question: 'Does the company monitor how the customer uses the software?',
          frameworks: ['UNGP 20', 'OECD step 4'],
          weight: 4,
        },
        {
          id: 'C15',
          question: 'Is the effectiveness of these measures tracked and reported?',
          frameworks: ['UNGP 20-21', 'OECD steps 4-5'],
          weight: 3,
        },
        {
          id: 'C16',
          question: 'Are the company’s statements consistent with public records?',
          frameworks: ['UNGP 21', 'CHRB theme E'],
          weight: 4,
          guidance: 'Compare the company’s letters with the DHS privacy impact assessments (see the Claims view).',
        },
      ],
    },
    {
      id: 'D',
      title: 'Remedy',
      kind: 'management',
      frameworks: ['UNGP 22, 29, 31', 'OECD step 6', 'CHRB theme C'],
      items: [
        {
          id: 'D17',
          question: 'Is there a grievance mechanism open to affected people?',
          frameworks: ['UNGP 29', 'UNGP 31'],
          weight: 7,
        },
        {
          id: 'D18',
          question: 'Has the company committed to provide or cooperate in remedy?',
          frameworks: ['UNGP 22', 'Amnesty question 5'],
          weight: 8,
        },
      ],
    },
    {
      id: 'E',
      title: 'Response to allegations',
      kind: 'management',
      frameworks: ['CHRB theme E', 'Resource Centre company responses'],
      items: [
        {
          id: 'E19',
          question: 'Has the company responded publicly to the allegations?',
          frameworks: ['CHRB E.1'],
          weight: 6,
        },
        {
          id: 'E20',
          question: 'Does the response engage with the evidence rather than dispute definitions?',
          frameworks: ['CHRB E.1', 'CHRB E.2'],
          weight: 8,
        },
        {
          id: 'E21',
          question: 'Does the company engage with affected communities and civil society?',
          frameworks: ['CHRB E.2', 'UNGP 18(b)'],
          weight: 6,
        },
      ],
    },
    {
      id: 'F',
      title: 'The investor’s own actions',
      kind: 'investor',
      frameworks: ['IAHR briefing', 'OECD guidance for institutional investors'],
      items: [
        {
          id: 'F22',
          question: 'Have you reviewed your direct holdings?',
          frameworks: ['IAHR briefing'],
          weight: 1,
          evidenceFrom: 'holdings',
        },
        {
          id: 'F23',
          question:
            'Have you reviewed indirect holdings (funds, private-equity firms, listed firms holding the company)?',
          frameworks: ['IAHR briefing', 'OECD (2017) minority shareholdings'],
          weight: 1,
          evidenceFrom: 'holdings',
        },
        {
          id: 'F24',
          question: 'Have you engaged the company, or asked intermediaries to?',
          frameworks: ['IAHR briefing', 'UNGP 19 (leverage)'],
          weight: 1,
        },
        {
          id: 'F25',
          question: 'Have you joined a collaborative engagement?',
          frameworks: ['PRI collaborative engagement'],
          weight: 1,
        },
        {
          id: 'F26',
          question: 'Have you used voting rights or filed a resolution?',
          frameworks: ['ICCR escalation'],
          weight: 1,
        },
        {
          id: 'F27',
          question: 'Is there an escalation plan with dates, with divestment as the last resort?',
          frameworks: ['OECD guidance for institutional investors', 'IAHR briefing'],
          weight: 1,
        },
      ],
    },
  ],
  scoring: {
    // Precaution: exposure that is unknown is not zero.
    exposureCredit: { yes: 1, partial: 0.5, unknown: 0.5, no: 0 },
    // No disclosure earns no credit (RDR, CHRB).
    managementCredit: { yes: 1, partial: 0.5, unknown: 0, no: 0 },
    investorCredit: { yes: 1, partial: 0.5, unknown: 0, no: 0 },
    // Sustainalytics ESG Risk Rating bands.
    bands: [
      { id: 'negligible', label: 'Negligible', min: 0 },
      { id: 'low', label: 'Low', min: 10 },
      { id: 'medium', label: 'Medium', min: 20 },
      { id: 'high', label: 'High', min: 30 },
      { id: 'severe', label: 'Severe', min: 40 },
    ],
    redFlags: [
      {
        id: 'harm-without-remedy',
        title: 'Documented use in operations linked to serious harm, with no commitment to remedy',
        reason:
          'Where a company contributes to harm it should provide for or cooperate in remediation (UNGP 22). A documented link to serious harm with no remedy commitment keeps the risk High or above, whatever the average says.',
        when: [
          { itemId: 'A4', answers: ['yes', 'partial'] },
          { itemId: 'D18', answers: ['no', 'unknown'] },
        ],
        minimumBand: 'high',
      },
      {
        id: 'statements-contradicted',
        title: 'Company statements contradicted by public records about who can reach the products',
        reason:
          'A company whose account of its exposure is contradicted by government records cannot be relied on for its own risk management (CHRB theme E; UNGP 21). The risk stays High or above until the conflict is resolved.',
        when: [
          { itemId: 'A5', answers: ['yes', 'partial', 'unknown'] },
          { itemId: 'C16', answers: ['no'] },
        ],
        minimumBand: 'high',
      },
      {
        id: 'no-due-diligence',
        title: 'No due diligence shown on contracts with an agency that detains and deports',
        reason:
          'Contracts with such an agency with neither an impact assessment nor disclosure of the safeguards is the failure Amnesty named in 2020 (UNGP 17-21). The risk stays Medium or above.',
        when: [
          { itemId: 'A1', answers: ['yes'] },
          { itemId: 'C11', answers: ['no', 'unknown'] },
          { itemId: 'C12', answers: ['no', 'unknown'] },
        ],
        minimumBand: 'medium',
      },
    ],
    basis: [
      'Sustainalytics ESG Risk Rating: unmanaged risk is the exposure not covered by management; bands Negligible (under 10), Low (10 to under 20), Medium (20 to under 30), High (30 to under 40), Severe (40 and over).',
      'Ranking Digital Rights and CHRB: no disclosure earns no credit (Unknown scores 0 for management).',
      'MSCI ESG controversy flags: a very severe, ongoing controversy overrides a favourable average (red flags hold the band up).',
      'OECD guidance for institutional investors and the IAHR briefing: the investor’s own actions are tracked apart from the company’s risk.',
    ],
  },
}

/** Suggested answers for Palantir, each with the evidence and sources behind it. */
export const palantirSuggestions: SuggestionsResponse = {
  companyId: 'palantir',
  templateId: checklistTemplate.id,
  templateVersion: checklistTemplate.version,
  suggestions: [
    {
      itemId: 'A1',
      answer: 'yes',
      disputed: false,
      summary: 'Contracts with ICE (through its HSI division) since 2011; ICE’s ERO detains and deports.',
      evidence: [
        {
          text: 'The company confirms contracts with Homeland Security Investigations, a division of ICE, for ICM and FALCON.',
          sourceIds: ['palantir-letter-2020-09-18'],
        },
        { text: 'First ICE award in 2011 ($58,122).', sourceIds: ['voronoi-2025'] },
        { text: 'The Investor Alliance briefing sets out the risk of the ICE contracts.', sourceIds: ['iahr-2019'] },
      ],
    },
    {
      itemId: 'A2',
      answer: 'yes',
      disputed: false,
      summary:
        'ICE awards total $248.3M by July 2025 (usaspending); $186.6M for 2008-2021 (unverified: seen only as quoted elsewhere, not in the report itself).',
      evidence: [
        { text: 'ICE awards to Palantir, usaspending total as of July 2025: $248.3M.', sourceIds: ['voronoi-2025'] },
        {
          text: 'ICE awards to Palantir 2008-2021: $186.6M.',
          sourceIds: ['american-dragnet-2022'],
          verification: {
            status: 'unverified',
            reason: 'Seen only as quoted elsewhere; the figure was not found in the report itself.',
          },
        },
      ],
    },
    {
      itemId: 'A3',
      answer: 'yes',
      disputed: false,
      summary: 'The software builds detailed profiles of people from ICE data, public records and investigations.',
      evidence: [
        {
          text: 'Palantir’s software allows ICE to build detailed profiles of people in a single location.',
          sourceIds: ['cbs-2020-09-28'],
        },
        { text: 'FALCON licences and operations (2013 task order).', sourceIds: ['intercept-falcon-doc'] },
      ],
    },
    {
      itemId: 'A4',
      answer: 'yes',
      disputed: false,
      summary:
        'Used in the 2017 operation against relatives of unaccompanied children and in the 2019 Mississippi raids.',
      evidence: [
        {
          text: 'ICM logged arrivals of unaccompanied children in the 2017 operation that arrested their relatives.',
          sourceIds: ['ice-conops-2017', 'intercept-2019-05-02'],
        },
        {
          text: 'The Mississippi 2019 warrant affidavit names the FALCON Tipline; 680 people were arrested.',
          sourceIds: ['mijente-powersraids', 'clarion-2019-08-08'],
        },
        {
          text: 'The company says its software is not used in deportations by ERO that follow HSI worksite operations.',
          sourceIds: ['palantir-letter-2020-09-18'],
        },
      ],
    },
    {
      itemId: 'A5',
      answer: 'unknown',
      disputed: true,
      summary: 'The DHS privacy impact assessments say ERO uses ICM data; the company says the assessments are wrong.',
      evidence: [
        {
          text: 'DHS ICM Privacy Impact Assessment (2016): \u201cERO also uses ICM data to inform its civil cases\u201d.',
          sourceIds: ['dhs-pia-icm-2016'],
          passages: [{ sourceId: 'dhs-pia-icm-2016', text: 'ERO also uses ICM data to inform its civil cases' }],
        },
        {
          text: 'The 2017 ConOps set up joint HSI and ERO teams around ICM.',
          sourceIds: ['ice-conops-2017'],
        },
        {
          text: 'The company: the assessments are “at best imprecise and sometimes inaccurate”; ICM and FALCON are for HSI only.',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: "We have also been aware for some time that these PIAs have been at best imprecise and sometimes inaccurate in suggesting that Palantir's software was being used by ERO for its core activities.",
            },
          ],
        },
      ],
    },
    {
      itemId: 'A6',
      answer: 'yes',
      disputed: false,
      summary: 'HSI staff in over 200 offices do all their day-to-day work in ICM.',
      evidence: [
        {
          text: 'ICM is used by HSI personnel in over 200 offices across five continents “to do all of their day-to-day work”.',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: '1) the case management software (ICM), which HSI personnel in over 200 offices across five continents use to do all of their day-to-day work, from managing cases to filling out timesheets',
            },
          ],
        },
      ],
    },
    {
      itemId: 'A7',
      answer: 'yes',
      disputed: false,
      summary: 'DHS is the second-largest customer, after the Department of Defense.',
      evidence: [
        {
          text: 'The Department of Homeland Security is Palantir’s second-largest customer, according to government spending figures.',
          sourceIds: ['cbs-2020-09-28'],
        },
      ],
    },
    {
      itemId: 'B8',
      answer: 'unknown',
      disputed: false,
      summary: 'No policy referencing the UN Guiding Principles is cited in the sources.',
      evidence: [
        {
          text: 'Amnesty: the company “touts its ethical commitments” abroad; no UNGP-based policy is cited.',
          sourceIds: ['amnesty-uk-2020-09'],
          passages: [
            {
              sourceId: 'amnesty-uk-2020-09',
              text: '“Palantir touts its ethical commitments, saying it will never work with regimes that abuse human rights abroad.',
            },
          ],
        },
      ],
    },
    {
      itemId: 'B9',
      answer: 'unknown',
      disputed: false,
      summary: 'The company says it reviewed the HSI work; who oversees such decisions is not disclosed.',
      evidence: [
        {
          text: 'The company: “after careful review, we have reaffirmed our support of HSI’s transnational criminal investigative mission”.',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: "At the same time, and in contrast, after careful review, we have reaffirmed our support of HSI's transnational criminal investigative mission through continuance of our with ICM and FALCON contracts.",
            },
          ],
        },
      ],
    },
    {
      itemId: 'B10',
      answer: 'partial',
      disputed: true,
      summary: 'Says it declined ERO and CBP work; its CEO says it will provide software where democracies decide.',
      evidence: [
        {
          text: 'The company “purposefully declined to take on contracts with ERO and CBP” over human-rights concerns.',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: "Palantir has purposefully declined to take on contracts with ERO and CBP under the current Administration because we share your organization's concern",
            },
          ],
        },
        {
          text: 'Karp (to Bloomberg, as Vice reported it), in paraphrase: in a functioning democracy, Palantir will provide the software; the policy is for lawmakers and the courts.',
          sourceIds: ['vice-bloomberg-2019'],
        },
        {
          text: 'ImmigrationOS (2025) is described as covering enforcement from identification through removal.',
          sourceIds: ['wired-2025-04-18', 'bi-2025-04'],
        },
      ],
    },
    {
      itemId: 'C11',
      answer: 'no',
      disputed: false,
      summary: 'No impact assessment of the ICE contracts has been disclosed.',
      evidence: [
        {
          text: 'Amnesty: the company “has also failed to provide evidence of any due diligence steps taken”.',
          sourceIds: ['amnesty-uk-2020-09'],
          passages: [
            {
              sourceId: 'amnesty-uk-2020-09',
              text: 'The company has also failed to provide evidence of any due diligence steps taken to prevent its technology being used to facilitate human rights violations by the immigration agency.',
            },
          ],
        },
        {
          text: 'Investor Alliance: Palantir “has not taken meaningful steps to respect human rights”.',
          sourceIds: ['iahr-2019'],
          passages: [
            {
              sourceId: 'iahr-2019',
              text: 'A review of publicly available information indicates that Palantir has not taken meaningful steps to respect human rights and mitigate the harms associated with use of its products and services by ICE...',
            },
          ],
        },
      ],
    },
    {
      itemId: 'C12',
      answer: 'no',
      disputed: false,
      summary: 'Not disclosed: Amnesty asked in 2020 for the technology provided and the safeguards to be published.',
      evidence: [
        {
          text: 'Amnesty: “Palantir must publish details of the technology it has provided to the immigration agency ... and the human rights safeguards it has put in place.”',
          sourceIds: ['amnesty-uk-2020-09', 'amnesty-usa-2020-09'],
          passages: [
            {
              sourceId: 'amnesty-uk-2020-09',
              text: 'As part of this due diligence, Palantir must publish details of the technology it has provided to the immigration agency through its contracts, and the human rights safeguards it has put in place.',
            },
          ],
        },
      ],
    },
    {
      itemId: 'C13',
      answer: 'unknown',
      disputed: false,
      summary: 'No contract terms limiting use are public; the company says it will not allow illegal or immoral use.',
      evidence: [
        {
          text: '“We will not allow our software to be used for immoral or illegal purposes.”',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: 'We will not allow our software to be used for immoral or illegal purposes.',
            },
          ],
        },
      ],
    },
    {
      itemId: 'C14',
      answer: 'partial',
      disputed: true,
      summary: 'A privacy and civil liberties team is described; no evidence of its work has been published.',
      evidence: [
        {
          text: 'The company describes a team that trains field engineers to flag human-rights concerns, including on HSI contracts.',
          sourceIds: ['palantir-letter-2020-09-18'],
        },
        {
          text: 'Amnesty: no evidence of due-diligence steps was provided.',
          sourceIds: ['amnesty-uk-2020-09'],
        },
      ],
    },
    {
      itemId: 'C15',
      answer: 'no',
      disputed: false,
      summary: 'Neither findings nor effectiveness of the monitoring have been reported.',
      evidence: [
        {
          text: 'The process is described in the company’s letter, but no findings or results are published.',
          sourceIds: ['palantir-letter-2020-09-18'],
        },
      ],
    },
    {
      itemId: 'C16',
      answer: 'no',
      disputed: true,
      summary: '“We do not work for E.R.O.” against the DHS privacy impact assessment and the 2017 ConOps.',
      evidence: [
        {
          text: 'Palantir to The New York Times: “We do not work for E.R.O.”',
          sourceIds: ['intercept-2019-05-02'],
          passages: [{ sourceId: 'intercept-2019-05-02', text: 'We do not work for E.R.O.' }],
        },
        {
          text: 'DHS ICM Privacy Impact Assessment (2016): \u201cERO also uses ICM data to inform its civil cases\u201d.',
          sourceIds: ['dhs-pia-icm-2016'],
          passages: [{ sourceId: 'dhs-pia-icm-2016', text: 'ERO also uses ICM data to inform its civil cases' }],
        },
        {
          text: 'Amnesty: the company’s claim is “inconsistent with other evidence”.',
          sourceIds: ['amnesty-uk-2020-09'],
          passages: [
            {
              sourceId: 'amnesty-uk-2020-09',
              text: "However, this claim is inconsistent with other evidence indicating that Palantir's technology has indeed been used in a removals context, including government records which the company now disputes.",
            },
          ],
        },
      ],
    },
    {
      itemId: 'D17',
      answer: 'unknown',
      disputed: false,
      summary: 'No grievance mechanism for affected people is described in the sources.',
      evidence: [
        {
          text: 'The company’s letter offers to work with Amnesty and similar groups; it names no mechanism for affected people.',
          sourceIds: ['palantir-letter-2020-09-18'],
        },
      ],
    },
    {
      itemId: 'D18',
      answer: 'no',
      disputed: false,
      summary: 'Asked about remedy (Amnesty’s fifth question), the company made no commitment.',
      evidence: [
        {
          text: 'The letter answers the remedy question with concern for human rights but no remedy commitment.',
          sourceIds: ['palantir-letter-2020-09-18'],
        },
        {
          text: 'Amnesty: Palantir “has sought to deflect and minimise its responsibility”.',
          sourceIds: ['amnesty-uk-2020-09'],
          passages: [
            {
              sourceId: 'amnesty-uk-2020-09',
              text: 'Instead of substantively addressing the human rights risks of its contracts with the Immigration and Customs Enforcement agency, Palantir has sought to deflect and minimise its responsibility.',
            },
          ],
        },
      ],
    },
    {
      itemId: 'E19',
      answer: 'yes',
      disputed: false,
      summary: 'Responded to the Resource Centre (January 2020) and to Amnesty (September 2020).',
      evidence: [
        { text: 'Response to the Business & Human Rights Resource Centre.', sourceIds: ['palantir-bhrrc-2020-01-10'] },
        { text: 'Letter answering Amnesty’s five questions.', sourceIds: ['palantir-letter-2020-09-18'] },
      ],
    },
    {
      itemId: 'E20',
      answer: 'partial',
      disputed: true,
      summary: 'Engages with some figures but rests on the HSI/ERO distinction and calls the government records wrong.',
      evidence: [
        {
          text: 'The letter gives arrest figures and acknowledges “moral implications”, while calling the PIAs wrong.',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: 'Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.',
            },
          ],
        },
        {
          text: 'Mijente: the software is widely available within ICE, making the HSI/ERO distinction meaningless.',
          sourceIds: ['mijente-rejoinder-2020-02-13'],
        },
      ],
    },
    {
      itemId: 'E21',
      answer: 'partial',
      disputed: false,
      summary:
        'Offers to work with Amnesty and similar groups; affected communities protest without reported dialogue.',
      evidence: [
        {
          text: 'The Privacy and Civil Liberties Group “is committed to working with Amnesty International and other similar groups”.',
          sourceIds: ['palantir-letter-2020-09-18'],
          passages: [
            {
              sourceId: 'palantir-letter-2020-09-18',
              text: 'As one tangible and significant extension of that foundational commitment, our company’s Privacy and Civil Liberties Group is committed to working with Amnesty International and other similar groups to do our best to avoid allowing our software to be used in violation of human and privacy rights and civil liberties.',
            },
          ],
        },
        {
          text: 'Immigrant-rights groups protested at the company’s offices demanding it cancel the ICE contract.',
          sourceIds: ['truthout-2019-07'],
        },
      ],
    },
  ],
}

/**
 * Sample data: a synthetic 200-item template with the same scoring, for the benchmark only. Its
 * title says it is sample data; no company answers or sources belong to it.
 */
export function syntheticTemplate(itemCount: number): ChecklistTemplate {
  const letters = ['A', 'B', 'C', 'D', 'E', 'F']
  const kinds = ['exposure', 'management', 'management', 'management', 'management', 'investor'] as const
  const perSection = Math.ceil(itemCount / letters.length)
  let n = 0
  const sections = letters.map((letter, s) => {
    const items = []
    for (let i = 0; i < perSection && n < itemCount; i += 1) {
      n += 1
      items.push({
        id: `${letter}${n}`,
        question: `Sample data: synthetic question ${n} of ${itemCount}?`,
        frameworks: ['Sample data'],
        weight: 1 + (n % 3),
      })
    }
    return { id: letter, title: `Sample section ${letter}`, kind: kinds[s] ?? 'management', frameworks: [], items }
  })
  return {
    ...checklistTemplate,
    id: `synthetic-${itemCount}`,
    title: `Sample data: synthetic ${itemCount}-item template (benchmark)`,
    sampleData: true,
    sections: sections.filter((s) => s.items.length > 0),
    scoring: { ...checklistTemplate.scoring, redFlags: [] },
  }
}
