import type { EngagementTemplates } from '../../src/domain/engagement/schema'

const letter = 'palantir-letter-2020-09-18'
const amnesty = [letter, 'amnesty-usa-2020-09']
const ANSWERED_IN = 'Palantir’s letter to Amnesty International, 18 September 2020'

/**
 * Engagement templates. Amnesty International's five questions of 10 September 2020 are quoted
 * as the company's letter of 18 September 2020 restates them (seed 003), each with the answer the
 * letter gives, quoted verbatim: the question asked now is the follow-up that answer leaves open.
 * Then the asks of Amnesty's press release (seed 001) and the Investor Alliance briefing (seed
 * 000). Gap and claim topics say, in words that stand alone, what each checklist item and each
 * contested statement is about. The escalation ladder: the investor briefing names only engaging
 * the company, encouraging intermediaries and exercising leverage; the other steps are this app's
 * own, and each step's `basis` says which is which.
 */
export const engagementTemplates: EngagementTemplates = {
  version: '2026-12-1',
  questionTemplates: [
    {
      id: 'amnesty-q1',
      origin: 'Amnesty International’s question 1 (10 Sept 2020)',
      published:
        'Please provide evidence of human rights due diligence measures that Palantir has taken in relation to its contracts with DHS to provide ICM and FALCON for ICE, including action the company has taken to address the human rights risks associated with these contracts.',
      answer: {
        text: 'Nevertheless, Palantir remains committed, as a high priority, to continually evaluate the use of its software in cooperation with appropriate oversight and regulatory authorities for potential violations of human rights, privacy rights, or civil liberties. In fact, Palantir has a team of dedicated privacy and civil liberties experts who both train and enable our field engineers to help ensure contracts that carry specific sensitivities or risks, including those with HSI, are able to identify and flag potential human rights, civil liberties, and general ethics concerns.',
        citation: ANSWERED_IN,
        sourceIds: [letter],
      },
      theme: 'due diligence',
      wording: {
        company:
          '{company’s} letter of 18 September 2020 describes a team of privacy and civil liberties experts who train field engineers to flag human rights concerns on contracts including those with Homeland Security Investigations (HSI). What has that team flagged on the ICM and FALCON contracts since then, what changed as a result, and will {company} publish a summary?',
        'asset manager':
          '{company’s} letter of 18 September 2020 describes a team that trains field engineers to flag human rights concerns on its contracts with Homeland Security Investigations (HSI), but no findings have been published. Will you ask {company} what that team has flagged on the ICM and FALCON contracts, and what changed as a result?',
        'proxy advisor':
          '{company’s} letter of 18 September 2020 describes a team that flags human rights concerns on its contracts with Homeland Security Investigations (HSI), without published findings. Does your voting guidance on {company} treat that as evidence of human rights due diligence on the ICM and FALCON contracts?',
      },
      checklistItemIds: ['C11'],
      sourceIds: amnesty,
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '1. *Please provide evidence of human rights due diligence measures that Palantir has taken in relation to its contracts with DHS to provide ICM and FALCON for ICE, including action the company has taken to address the human rights risks associated with these contracts.*',
      },
    },
    {
      id: 'amnesty-q2',
      origin: 'Amnesty International’s question 2 (10 Sept 2020)',
      published:
        'Was Palantir aware of the DHS Privacy Impact Assessments for ICM and FALCON, and if so, why has it continued to maintain that its products and services did not facilitate ERO operations?',
      answer: {
        text: "Yes – Palantir is aware of the DHS's Privacy Impact Assessments (PIA). We have also been aware for some time that these PIAs have been at best imprecise and sometimes inaccurate in suggesting that Palantir's software was being used by ERO for its core activities. Palantir's Privacy and Civil Liberties Group has been working with HSI and with ICE's Privacy Office to change the PIA language to ensure it reflects the actual, and limited reality of system use by clearly stating that ICM and FALCON are tools for the exclusive use of HSI personnel and are not available for querying or use by ERO personnel carrying out ERO functions.",
        citation: ANSWERED_IN,
        sourceIds: [letter],
      },
      theme: 'transparency',
      wording: {
        company:
          'In its letter of 18 September 2020, {company} said it was working with HSI and ICE’s Privacy Office to change the DHS Privacy Impact Assessments that describe ERO use of ICM and FALCON. Have they been changed? If not, what technical controls stop ERO personnel from querying ICM and FALCON, and will {company} publish them?',
        'asset manager':
          'Will you ask {company} whether the DHS Privacy Impact Assessments that describe ERO use of ICM and FALCON have been changed since its letter of 18 September 2020 said it was seeking changes, and what controls stop ERO personnel from using the systems?',
        'proxy advisor':
          '{company} told Amnesty International on 18 September 2020 that the DHS Privacy Impact Assessments describing ERO use of ICM and FALCON were inaccurate and that it was seeking changes. Does your analysis of {company} check whether they were changed?',
      },
      checklistItemIds: ['C16'],
      sourceIds: [...amnesty, 'dhs-pia-icm-2016'],
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '2. *Was Palantir aware of the DHS Privacy Impact Assessments for ICM and FALCON, and if so, why has it continued to maintain that its products and services did not facilitate ERO operations?*',
      },
    },
    {
      id: 'amnesty-q3',
      origin: 'Amnesty International’s question 3 (10 Sept 2020)',
      published:
        'Does Palantir maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement generally but also including detention and deportation?',
      answer: {
        text: 'That is correct, to repeat: Palantir’s software does not facilitate ERO’s civil immigration enforcement generally and, thus, also does not facilitate ERO’s detention and deportation functions.',
        citation: ANSWERED_IN,
        sourceIds: [letter],
      },
      theme: 'contracts and use',
      wording: {
        company:
          '{company’s} letter of 18 September 2020 maintains that its software does not facilitate ERO’s civil immigration enforcement, including detention and deportation. Does {company} hold that position for the ImmigrationOS work reported in April 2025 as covering immigration enforcement from identification through removal, and what records can it publish to show it?',
        'asset manager':
          'Will you ask {company} whether it still maintains, as its letter of 18 September 2020 did, that its software does not facilitate ERO’s detention and deportation, now that its ImmigrationOS work (reported in April 2025) is described as covering enforcement through removal?',
        'proxy advisor':
          'Does your analysis of {company} weigh its 2020 statement that its software does not facilitate ERO’s detention and deportation against the ImmigrationOS work reported in April 2025, described as covering enforcement through removal?',
      },
      checklistItemIds: ['A5'],
      sourceIds: [...amnesty, 'wired-2025-04-18', 'bi-2025-04'],
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '- 3. Does Palantir maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement generally but also including detention and deportation?*',
      },
    },
    {
      id: 'amnesty-q4',
      origin: 'Amnesty International’s question 4 (10 Sept 2020)',
      published:
        'Does Palantir maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement based on HSI activities? For example, but not limited to, family separations and workplace raids?',
      answer: {
        text: 'To be clear: Palantir’s software is not used as part of any deportation activities conducted by ERO that may result as a consequence of worksite operations involving HSI.',
        citation: ANSWERED_IN,
        sourceIds: [letter],
      },
      theme: 'contracts and use',
      wording: {
        company:
          '{company’s} letter of 18 September 2020 says its software is not used in ERO deportations that follow HSI worksite operations. The warrant affidavit for the Mississippi raids of 7 August 2019, in which 680 people were arrested, names the FALCON Tipline. How was FALCON used in those raids, and what does {company} know of what happened to the people arrested?',
        'asset manager':
          'Will you ask {company} how FALCON was used in the Mississippi raids of 7 August 2019, in which 680 people were arrested and whose warrant affidavit names the FALCON Tipline, given that its letter of 18 September 2020 says its software is not used in deportations that follow HSI worksite operations?',
        'proxy advisor':
          'Does your guidance on {company} weigh the FALCON Tipline, named in the warrant affidavit for the Mississippi raids of 7 August 2019 (680 people arrested), against the company’s statement that its software is not used in deportations that follow HSI worksite operations?',
      },
      checklistItemIds: ['A4'],
      sourceIds: [...amnesty, 'mijente-powersraids'],
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '- 4. Does Palantir maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement based on HSI activities? For example, but not limited to, family separations and workplace raids?*',
      },
    },
    {
      id: 'amnesty-q5',
      origin: 'Amnesty International’s question 5 (10 Sept 2020)',
      published:
        'As per its responsibilities under the UN General Principles on Business and Human Rights, does Palantir intend to provide any remedy to people harmed through the use of its products?',
      answer: {
        text: 'Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.',
        citation: ANSWERED_IN,
        sourceIds: [letter],
      },
      theme: 'remedy',
      wording: {
        company:
          '{company’s} letter of 18 September 2020 accepts “moral implications” for how its technology may be used in immigration enforcement but makes no commitment to remedy. Will {company} commit to provide for or cooperate in remedy for people harmed in operations that used ICM or FALCON, as Principle 22 of the UN Guiding Principles on Business and Human Rights expects, and through what mechanism?',
        'asset manager':
          'Will you ask {company} to commit to provide for or cooperate in remedy for people harmed in operations that used ICM or FALCON, as Principle 22 of the UN Guiding Principles expects? Its letter of 18 September 2020 accepts “moral implications” but commits to no remedy.',
        'proxy advisor':
          'Does your guidance on {company} take into account that its letter of 18 September 2020 accepts “moral implications” for how its technology may be used in immigration enforcement but makes no commitment to remedy?',
      },
      checklistItemIds: ['D18'],
      sourceIds: amnesty,
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '5. *As per its responsibilities under the UN General Principles on Business and Human Rights, does Palantir intend to provide any remedy to people harmed through the use of its products?*',
      },
    },
    {
      id: 'disclosure',
      origin: 'Amnesty International: publish the technology and the safeguards (28 Sept 2020)',
      theme: 'transparency',
      wording: {
        company:
          'Will {company} publish details of the technology it has provided to ICE through the ICM and FALCON contracts, and of the human rights safeguards it has put in place, as Amnesty International asked in September 2020?',
        'asset manager':
          'Will you ask {company} to publish details of the technology it has provided to ICE through the ICM and FALCON contracts, and of the human rights safeguards it has put in place?',
        'proxy advisor':
          'Would you recommend voting for a shareholder proposal asking {company} to publish details of the technology it provides to ICE through the ICM and FALCON contracts, and of its human rights safeguards?',
      },
      checklistItemIds: ['C12'],
      sourceIds: ['amnesty-uk-2020-09'],
    },
    {
      id: 'suspension',
      origin: 'Amnesty International: Palantir “must urgently consider suspending” (28 Sept 2020)',
      theme: 'governance',
      wording: {
        company:
          'Amnesty International said in September 2020 that until {company} can show its technology is not contributing to abuses against migrants and asylum-seekers, it “must urgently consider suspending” its work for the agencies concerned. Has {company} considered suspending its work for ICE? If so, what did it decide, and why?',
        'asset manager':
          'Amnesty International said in September 2020 that {company} “must urgently consider suspending” its work for the agencies concerned until it can show its technology is not contributing to abuses against migrants and asylum-seekers. Will you ask {company} whether it has considered this, and what it decided?',
        'proxy advisor':
          'Amnesty International said in September 2020 that {company} “must urgently consider suspending” its work for the agencies concerned until it can show its technology is not contributing to abuses. Does your analysis of {company} look at whether it has considered suspending its work for ICE, and what it decided?',
      },
      checklistItemIds: ['B10'],
      sourceIds: ['amnesty-uk-2020-09'],
      passage: {
        sourceId: 'amnesty-uk-2020-09',
        text: 'Until Palantir can demonstrate that its technology is not contributing to abuses against migrants and asylum-seekers and can ensure its technology will not be used for these purposes, it must urgently consider suspending all activities to provide the relevant government agencies with its products and services.',
      },
    },
    {
      id: 'iahr-risk-management',
      origin: 'Investor Alliance for Human Rights: engage on policies and risk management',
      theme: 'governance',
      wording: {
        company:
          'What policies and risk management systems does {company} have to prevent, mitigate and account for adverse human rights impacts of its ICM and FALCON contracts with ICE, and who in the company is responsible for them?',
        'asset manager':
          'The Investor Alliance for Human Rights asks investors to encourage intermediaries holding {company} shares to engage the company on its policies and risk management systems. Will you ask {company} how those systems prevent, mitigate and account for adverse human rights impacts of its ICE contracts?',
        'proxy advisor':
          'Does your guidance assess {company’s} policies and risk management systems for preventing, mitigating and accounting for the human rights impacts of its ICE contracts?',
      },
      checklistItemIds: ['B9', 'C13'],
      sourceIds: ['iahr-2019'],
    },
  ],
  gapTopics: [
    {
      itemId: 'B8',
      theme: 'governance',
      subject:
        'it has a public human rights policy that refers to the UN Guiding Principles on Business and Human Rights',
      document: 'the policy',
    },
    {
      itemId: 'B9',
      theme: 'governance',
      subject:
        'its board or senior management oversees human rights risk when it takes on government customers such as ICE',
      document: 'how that oversight works and what it has decided',
    },
    {
      itemId: 'B10',
      theme: 'governance',
      subject: 'it will decline or end a contract, its ICE contracts included, on human rights grounds',
      document: 'the criteria it would apply',
    },
    {
      itemId: 'C11',
      theme: 'due diligence',
      subject:
        'it has carried out a human rights impact assessment of its ICM and FALCON contracts with ICE’s Homeland Security Investigations (HSI) division',
      document: 'the assessment and its findings',
      basis: {
        text: 'Amnesty International said in September 2020 that {company} had “failed to provide evidence of any due diligence steps taken to prevent its technology being used to facilitate human rights violations by the immigration agency”.',
        sourceIds: ['amnesty-uk-2020-09'],
      },
    },
    {
      itemId: 'C12',
      theme: 'transparency',
      subject:
        'it has published what technology it provides to ICE under the ICM and FALCON contracts and the safeguards around it',
      document: 'a description of the technology and the safeguards',
    },
    {
      itemId: 'C13',
      theme: 'due diligence',
      subject:
        'its ICM and FALCON contracts with ICE limit how the software may be used and give it the right to audit that use',
      document: 'the end-use and audit terms of those contracts',
    },
    {
      itemId: 'C14',
      theme: 'due diligence',
      subject: 'it monitors how ICE’s Homeland Security Investigations (HSI) division uses ICM and FALCON',
      document: 'how it monitors that use and what it has found',
    },
    {
      itemId: 'C15',
      theme: 'due diligence',
      subject:
        'it tracks whether its human rights safeguards on the ICM and FALCON contracts with ICE work, and reports the results',
      document: 'the results of that tracking',
    },
    {
      itemId: 'C16',
      theme: 'transparency',
      subject: 'its account of who uses ICM agrees with the DHS Privacy Impact Assessment for ICM (2016)',
      document: 'the evidence for its account',
    },
    {
      itemId: 'D17',
      theme: 'remedy',
      subject:
        'people harmed in operations that used ICM or FALCON can bring a complaint to it through a grievance mechanism',
      document: 'how such a person can complain and what happens next, setting up a way to do so if there is none',
    },
    {
      itemId: 'D18',
      theme: 'remedy',
      subject: 'it will provide for or cooperate in remedy for people harmed through the use of its products',
      document: 'that commitment',
    },
    {
      itemId: 'E19',
      theme: 'transparency',
      subject: 'it has answered in public the allegations about its work for ICE',
      document: 'a full public response',
    },
    {
      itemId: 'E20',
      theme: 'transparency',
      subject:
        'its public responses engage with the evidence, such as the DHS Privacy Impact Assessments and the Mississippi warrant affidavit, rather than dispute definitions',
      document: 'a response to that evidence',
    },
    {
      itemId: 'E21',
      theme: 'governance',
      subject: 'it engages with the migrant communities affected by ICE operations and the groups that represent them',
      document: 'whom it has met and what came of it',
    },
  ],
  claimTopics: [
    {
      claimId: 'no-ero-work',
      theme: 'contracts and use',
      said: '{company} told The New York Times in December 2018',
      record:
        'the DHS Privacy Impact Assessment for ICM (2016), which says “ERO also uses ICM data to inform its civil cases”, and ICE’s 2017 concept of operations, which set up joint HSI and ERO teams',
      recordSourceIds: ['dhs-pia-icm-2016', 'ice-conops-2017'],
    },
    {
      claimId: 'no-facilitate-ero',
      theme: 'contracts and use',
      said: 'In its letter to Amnesty International of 18 September 2020, {company} wrote',
      record:
        'the DHS Privacy Impact Assessment for ICM (2016), which says “ERO also uses ICM data to inform its civil cases”',
      recordSourceIds: ['dhs-pia-icm-2016'],
    },
    {
      claimId: 'only-3-5-percent',
      theme: 'contracts and use',
      said: 'In its letter to Amnesty International of 18 September 2020, {company} put HSI’s arrests in 2018 at 44,069 and wrote',
      record:
        'ICE’s worksite enforcement figures, which show those arrests rising almost ninefold in a year, from 172 in FY2017 to 1,525 in FY2018',
      recordSourceIds: ['ice-worksite'],
    },
    {
      claimId: 'de-minimis',
      theme: 'contracts and use',
      said: 'Alex Karp, {company’s} chief executive, said in an interview with CNBC in January 2020 (as Vice reported it) that',
      record:
        'the FALCON contracts, worth up to $127 million since 2013 according to Business Insider (July 2022), and the FALCON mobile app that New York team leaders were required to use in workplace raids, as WNYC reported',
      recordSourceIds: ['bi-2022-07', 'wnyc-2018'],
    },
    {
      claimId: 'democracy-decides',
      theme: 'governance',
      said: 'Alex Karp, {company’s} chief executive, said in August 2019',
      reported:
        'In an interview with Bloomberg in August 2019 (as Vice reported it), Alex Karp, {company’s} chief executive, said in substance that policy choices belong to elected lawmakers and the courts, and that in a functioning democracy {company} will provide the software',
      record:
        'the human rights due diligence the UN Guiding Principles expect of every company, which Amnesty International found {company} had not shown for its ICE work',
      recordSourceIds: ['iahr-2019', 'amnesty-uk-2020-09'],
    },
    {
      claimId: 'no-software-to-ero',
      theme: 'contracts and use',
      said: 'As The Hill reported in August 2019, {company} said',
      reported:
        'The Hill reported in August 2019 that {company} does not provide software to ERO, ICE’s Enforcement and Removal Operations',
      record:
        'the DHS Privacy Impact Assessment for ICM (2016) and ICE’s 2017 concept of operations, which describe ERO use of ICM data, and the ImmigrationOS work reported in April 2025 as covering enforcement through removal',
      recordSourceIds: ['dhs-pia-icm-2016', 'ice-conops-2017', 'wired-2025-04-18', 'bi-2025-04'],
    },
    {
      claimId: 'hsi-only',
      theme: 'contracts and use',
      said: 'In its response to the Business & Human Rights Resource Centre of 10 January 2020, {company} wrote',
      record:
        'the DHS Privacy Impact Assessment for ICM (2016), which says “ERO also uses ICM data to inform its civil cases”',
      recordSourceIds: ['dhs-pia-icm-2016'],
    },
    {
      claimId: 'no-detention-role',
      theme: 'contracts and use',
      said: 'Mijente\u2019s rejoinder of 13 February 2020 quotes the response {company} gave the Business & Human Rights Resource Centre on 10 January 2020 as stating that it',
      record: 'Mijente’s rejoinder, which says the software funnels people into detention through workplace raids',
      recordSourceIds: ['mijente-rejoinder-2020-02-13'],
      document: 'an account of whether ICM or FALCON data is used in decisions to detain people',
    },
    {
      claimId: 'privacy-team',
      theme: 'due diligence',
      said: 'In its letter to Amnesty International of 18 September 2020, {company} wrote',
      record: 'Amnesty International’s finding that no evidence of due diligence steps was provided',
      recordSourceIds: ['amnesty-uk-2020-09'],
      document: 'what that team has flagged on the ICM and FALCON contracts and what changed as a result',
    },
    {
      claimId: 'moral-implications',
      theme: 'remedy',
      said: 'In its letter to Amnesty International of 18 September 2020, {company} wrote',
      record: 'the same letter’s answer on remedy, which makes no commitment',
      recordSourceIds: [letter],
    },
  ],
  letterContext: [
    {
      text: '{company} has held contracts with the Homeland Security Investigations (HSI) division of US Immigration and Customs Enforcement (ICE) since 2011, for the ICM case management software and the FALCON analysis platform.',
      sourceIds: [letter],
    },
    {
      text: 'The Investor Alliance for Human Rights put the value of its ICE contracts at over $200 million.',
      sourceIds: ['iahr-2019'],
    },
    {
      text: 'Amnesty International put five questions to {company} on 10 September 2020; the company answered on 18 September 2020, and Amnesty found that it had provided no evidence of any due diligence steps.',
      sourceIds: [letter, 'amnesty-uk-2020-09'],
    },
  ],
  ladder: [
    {
      id: 'engage',
      rank: 1,
      label: 'Engage the company',
      description: 'Letters and meetings with the company to assess its policies and risk management systems.',
      basis:
        'The investor briefing asks investors to engage the company to assess its policies and risk management systems.',
      sourceIds: ['iahr-2019'],
    },
    {
      id: 'collaborate',
      rank: 2,
      label: 'Collaborative engagement',
      description: 'Encourage intermediaries holding the shares to engage the company, or join other investors who do.',
      basis:
        'The investor briefing asks investors to encourage intermediaries to engage the company; joining other investors is this app’s own addition.',
      sourceIds: ['iahr-2019'],
    },
    {
      id: 'leverage',
      rank: 3,
      label: 'Vote against directors or file a resolution',
      description:
        'Use the shareholder’s vote, or file a resolution, to call on the company to prevent, mitigate and account for adverse impacts.',
      basis:
        'The investor briefing asks investors to exercise leverage to call on the company to prevent, mitigate and account for adverse impacts; voting and filing a resolution are this app’s examples of that leverage.',
      sourceIds: ['iahr-2019'],
    },
    {
      id: 'public',
      rank: 4,
      label: 'Public statement',
      description: 'State publicly what the company has and has not done.',
      basis: 'This app’s own step: the investor briefing does not name it.',
      sourceIds: [],
    },
    {
      id: 'divest',
      rank: 5,
      label: 'Divestment, as a last resort',
      description: 'Sell the holding when engagement has failed and the risk remains, and say why.',
      basis: 'This app’s own step: the investor briefing does not name it.',
      sourceIds: [],
    },
  ],
}
