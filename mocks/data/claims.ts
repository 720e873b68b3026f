import type { Claim } from '../../src/domain/claims/schema'

/**
 * The company's statements beside the counter-evidence, quoted from the seeds and the research
 * file. checklistItemIds refer to items of the checklist template (section letter + number).
 */
export const claims: Claim[] = [
  {
    id: 'no-ero-work',
    companyId: 'palantir',
    statement: 'We do not work for E.R.O.',
    statementKind: 'quotation',
    statementPassage: { sourceId: 'intercept-2019-05-02', text: 'We do not work for E.R.O.' },
    statedBy: 'Palantir, to The New York Times (as The Intercept reported it)',
    statedOn: '2018-12',
    statementSourceIds: ['intercept-2019-05-02'],
    counterEvidence: [
      {
        text: 'May 2017 ConOps: 26 HSI Special Agents in Charge to form joint teams with 24 ERO field office directors; arrivals of unaccompanied children logged in ICM.',
        sourceIds: ['ice-conops-2017', 'intercept-2019-05-02'],
      },
      {
        text: 'DHS ICM Privacy Impact Assessment (2016): \u201cERO also uses ICM data to inform its civil cases\u201d.',
        sourceIds: ['dhs-pia-icm-2016'],
        passages: [{ sourceId: 'dhs-pia-icm-2016', text: 'ERO also uses ICM data to inform its civil cases' }],
      },
    ],
    status: 'contradicted by records',
    statusReason:
      'Two government documents describe ERO using ICM data or joining HSI teams that used it. The company calls the PIAs inaccurate but has not published anything showing otherwise.',
    checklistItemIds: ['A5', 'C16'],
    confidence: 'high',
  },
  {
    id: 'no-facilitate-ero',
    companyId: 'palantir',
    statement:
      'Palantir\u2019s software does not facilitate ERO\u2019s civil immigration enforcement generally and, thus, also does not facilitate ERO\u2019s detention and deportation functions.',
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'palantir-letter-2020-09-18',
      text: 'That is correct, to repeat: Palantir\u2019s software does not facilitate ERO\u2019s civil immigration enforcement generally and, thus, also does not facilitate ERO\u2019s detention and deportation functions.',
    },
    statedBy: 'Palantir, letter to Amnesty International',
    statedOn: '2020-09-18',
    statementSourceIds: ['palantir-letter-2020-09-18'],
    counterEvidence: [
      {
        text: "Amnesty: the claim is \u201cinconsistent with other evidence indicating that Palantir's technology has indeed been used in a removals context, including government records which the company now disputes.\u201d",
        sourceIds: ['amnesty-uk-2020-09', 'amnesty-usa-2020-09'],
        passages: [
          {
            sourceId: 'amnesty-uk-2020-09',
            text: "However, this claim is inconsistent with other evidence indicating that Palantir's technology has indeed been used in a removals context, including government records which the company now disputes.",
          },
        ],
      },
      {
        text: 'Vice: the letter itself cites 1,525 administrative (civil) worksite arrests in 2018.',
        sourceIds: ['vice-letter-2020'],
      },
    ],
    status: 'disputed',
    statusReason:
      'The company disputes the government records (the PIAs) that say otherwise; Amnesty finds the claim inconsistent with the evidence.',
    checklistItemIds: ['A5', 'C16'],
    confidence: 'high',
  },
  {
    id: 'only-3-5-percent',
    companyId: 'palantir',
    statement:
      'Of those arrests, 1,525, or only 3.5%, were worksite enforcement-related arrests of undocumented workers for administrative/civil violations.',
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'palantir-letter-2020-09-18',
      text: 'In 2018, HSI made 44,069 arrests³ under its mandate of combatting transnational crime, such as human trafficking and money laundering. Of those arrests, 1,525, or only 3.5%, were worksite enforcement-related arrests of undocumented workers for administrative/civil violations.',
    },
    statedBy: 'Palantir, letter to Amnesty International',
    statedOn: '2020-09-18',
    statementSourceIds: ['palantir-letter-2020-09-18'],
    counterEvidence: [
      {
        text: 'Worksite administrative arrests went from 172 in FY2017 to 1,525 in FY2018.',
        sourceIds: ['ice-worksite'],
      },
      { text: 'The Mississippi 2019 warrant affidavit names the FALCON Tipline.', sourceIds: ['mijente-powersraids'] },
    ],
    status: 'disputed',
    statusReason:
      'The figures agree; the framing does not. The company gives a share of one year\u2019s arrests; the counter-evidence gives the rise from one year to the next.',
    checklistItemIds: ['A4', 'E20'],
    confidence: 'high',
  },
  {
    id: 'de-minimis',
    companyId: 'palantir',
    statement:
      "it's a de minimis part of our work, finding people in our country who are undocumented, but it's a legitimate, complex issue.",
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'vice-karp-2020',
      text: "it's a de minimis part of our work, finding people in our country who are undocumented, but it's a legitimate, complex issue.",
    },
    statedBy: 'Alex Karp, CEO, to CNBC (as Vice reported it)',
    statedOn: '2020-01',
    statementSourceIds: ['vice-karp-2020'],
    counterEvidence: [
      { text: 'FALCON mobile was mandated for New York team leaders in the 7-Eleven raids.', sourceIds: ['wnyc-2018'] },
      { text: 'The FALCON contracts alone were worth up to $127M since 2013.', sourceIds: ['bi-2022-07'] },
    ],
    status: 'disputed',
    statusReason:
      'Contract values and raid records show the work is sizeable and operational. Karp calls it a small part of the work and, in the same breath, a legitimate, complex issue.',
    checklistItemIds: ['A2', 'A6'],
    confidence: 'high',
  },
  {
    id: 'democracy-decides',
    companyId: 'palantir',
    statement:
      'Karp said that policy choices belong to elected lawmakers and the courts, and that in a functioning democracy Palantir will provide the software.',
    statementKind: 'paraphrase',
    statedBy: 'Alex Karp, CEO, to Bloomberg (as Vice reported it)',
    statedOn: '2019-08',
    statementSourceIds: ['vice-bloomberg-2019'],
    counterEvidence: [
      {
        text: 'The UN Guiding Principles expect companies to carry out human rights due diligence on their own products; Amnesty found none shown for ICE.',
        sourceIds: ['iahr-2019', 'amnesty-uk-2020-09'],
      },
    ],
    status: 'disputed',
    statusReason: 'A position, not a fact: it rejects the due-diligence responsibility the UNGPs set out.',
    checklistItemIds: ['B10', 'C11'],
    confidence: 'high',
    verification: {
      status: 'unverified',
      reason:
        'Only a cut fragment of Karp\u2019s words was recorded and the full passage of the interview could not be retrieved, so the app gives a paraphrase, not a quotation.',
    },
  },
  {
    id: 'no-software-to-ero',
    companyId: 'palantir',
    statement: 'Palantir does not provide software to ERO.',
    statementKind: 'paraphrase',
    statedBy: 'Palantir\u2019s position, as reported by The Hill',
    statedOn: '2019-08',
    statementSourceIds: ['thehill-2019-08'],
    counterEvidence: [
      {
        text: 'ConOps (2017) and the ICM PIA (2016) describe ERO use of ICM data.',
        sourceIds: ['ice-conops-2017', 'dhs-pia-icm-2016'],
      },
      {
        text: 'ImmigrationOS (2025) is described as covering immigration enforcement from identification through removal.',
        sourceIds: ['bi-2025-04', 'wired-2025-04-18'],
      },
    ],
    status: 'contradicted by records',
    statusReason: 'Government records describe ERO use, and the 2025 ImmigrationOS work covers removal.',
    checklistItemIds: ['A5', 'C16'],
    confidence: 'medium',
    verification: {
      status: 'unverified',
      reason:
        'The Hill printed the position; whether these are the company\u2019s own words is unclear, so the app shows it as a paraphrase.',
    },
  },
  {
    id: 'hsi-only',
    companyId: 'palantir',
    statement:
      'The sole sub-directorate with whom Palantir works is Homeland Security Investigations (HSI), the principal investigative component for DHS at large.',
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'palantir-bhrrc-2020-01-10',
      text: 'The sole sub-directorate with whom Palantir works is Homeland Security Investigations (HSI), the principal investigative component for DHS at large.',
    },
    statedBy: 'Palantir, response to the Business & Human Rights Resource Centre',
    statedOn: '2020-01-10',
    statementSourceIds: ['palantir-bhrrc-2020-01-10'],
    counterEvidence: [
      {
        text: 'Mijente: \u201cthe company\u2019s software is widely available to anyone within ICE, making their distinction between HSI and ERO even more laughable\u201d.',
        sourceIds: ['mijente-rejoinder-2020-02-13'],
        passages: [
          {
            sourceId: 'mijente-rejoinder-2020-02-13',
            text: 'Further, as Palantir knows very well, the company\u2019s software is widely available to anyone within ICE, making their distinction between HSI and ERO even more laughable...',
          },
        ],
      },
      {
        text: 'DHS ICM Privacy Impact Assessment (2016): \u201cERO also uses ICM data to inform its civil cases\u201d.',
        sourceIds: ['dhs-pia-icm-2016'],
        passages: [{ sourceId: 'dhs-pia-icm-2016', text: 'ERO also uses ICM data to inform its civil cases' }],
      },
    ],
    status: 'disputed',
    statusReason: 'True of the contracts as signed; disputed as to who can reach the software.',
    checklistItemIds: ['A1', 'A5'],
    confidence: 'high',
  },
  {
    id: 'no-detention-role',
    companyId: 'palantir',
    // Only these words are the company's, and they are known only as Mijente quotes them: its
    // rejoinder answers "Palantir's latest response", the one of 10 January 2020, whose published
    // excerpt does not hold them.
    statement:
      'plays no role in supporting detention facilities management within any federal departments or agencies.',
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'mijente-rejoinder-2020-02-13',
      text: 'Palantir, in its defense, seeks to separate itself from detention center abuses by stating it \u201cplays no role in supporting detention facilities management within any federal departments or agencies.\u201d',
    },
    statedBy:
      'Palantir, as quoted in Mijente\u2019s rejoinder of 13 February 2020 to its response to the Business & Human Rights Resource Centre',
    statedOn: '2020-01-10',
    statementSourceIds: ['mijente-rejoinder-2020-02-13', 'palantir-bhrrc-2020-01-10'],
    counterEvidence: [
      {
        text: 'Mijente: \u201cPalantir\u2019s software funnels people into immigrant detention by enabling arrests through workplace raids. Whether it directly manages these facilities or not is immaterial.\u201d',
        sourceIds: ['mijente-rejoinder-2020-02-13'],
        passages: [
          {
            sourceId: 'mijente-rejoinder-2020-02-13',
            text: 'Palantir\u2019s software funnels people into immigrant detention by enabling arrests through workplace raids. Whether it directly manages these facilities or not is immaterial...',
          },
        ],
      },
    ],
    status: 'unverified',
    statusReason:
      'No record in the sources shows Palantir managing detention facilities; advocates argue the point misses how people reach detention.',
    checklistItemIds: ['A4'],
    confidence: 'medium',
  },
  {
    id: 'privacy-team',
    companyId: 'palantir',
    statement:
      'Palantir has a team of dedicated privacy and civil liberties experts who both train and enable our field engineers to help ensure contracts that carry specific sensitivities or risks, including those with HSI, are able to identify and flag potential human rights, civil liberties, and general ethics concerns.',
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'palantir-letter-2020-09-18',
      text: 'In fact, Palantir has a team of dedicated privacy and civil liberties experts who both train and enable our field engineers to help ensure contracts that carry specific sensitivities or risks, including those with HSI, are able to identify and flag potential human rights, civil liberties, and general ethics concerns.',
    },
    statedBy: 'Palantir, letter to Amnesty International',
    statedOn: '2020-09-18',
    statementSourceIds: ['palantir-letter-2020-09-18'],
    counterEvidence: [
      {
        text: 'Amnesty: the company \u201chas also failed to provide evidence of any due diligence steps taken to prevent its technology being used to facilitate human rights violations\u201d.',
        sourceIds: ['amnesty-uk-2020-09'],
        passages: [
          {
            sourceId: 'amnesty-uk-2020-09',
            text: 'The company has also failed to provide evidence of any due diligence steps taken to prevent its technology being used to facilitate human rights violations by the immigration agency.',
          },
        ],
      },
      {
        text: 'Investor Alliance: \u201cPalantir has not taken meaningful steps to respect human rights and mitigate the harms associated with use of its products and services by ICE\u201d.',
        sourceIds: ['iahr-2019'],
        passages: [
          {
            sourceId: 'iahr-2019',
            text: 'A review of publicly available information indicates that Palantir has not taken meaningful steps to respect human rights and mitigate the harms associated with use of its products and services by ICE...',
          },
        ],
      },
    ],
    status: 'unverified',
    statusReason: 'The process is described but neither its findings nor its effect have been published.',
    checklistItemIds: ['C11', 'C14', 'C15'],
    confidence: 'high',
  },
  {
    id: 'moral-implications',
    companyId: 'palantir',
    statement:
      'Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.',
    statementKind: 'quotation',
    statementPassage: {
      sourceId: 'palantir-letter-2020-09-18',
      text: 'Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.',
    },
    statedBy: 'Palantir, letter to Amnesty International',
    statedOn: '2020-09-18',
    statementSourceIds: ['palantir-letter-2020-09-18'],
    counterEvidence: [
      {
        text: 'Asked whether it will provide remedy to people harmed (Amnesty\u2019s fifth question), the letter makes no remedy commitment.',
        sourceIds: ['palantir-letter-2020-09-18'],
      },
      {
        text: 'Amnesty: \u201cInstead of substantively addressing the human rights risks of its contracts ... Palantir has sought to deflect and minimise its responsibility.\u201d',
        sourceIds: ['amnesty-uk-2020-09'],
        passages: [
          {
            sourceId: 'amnesty-uk-2020-09',
            text: 'Instead of substantively addressing the human rights risks of its contracts with the Immigration and Customs Enforcement agency, Palantir has sought to deflect and minimise its responsibility.',
          },
        ],
      },
    ],
    status: 'acknowledged',
    statusReason: 'The company acknowledges the moral implications but commits to no remedy.',
    checklistItemIds: ['D18', 'E20'],
    confidence: 'high',
  },
]
