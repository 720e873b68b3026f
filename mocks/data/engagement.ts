import type { EngagementTemplates } from '../../src/domain/engagement/schema'

const amnesty = ['palantir-letter-2020-09-18', 'amnesty-usa-2020-09']

/**
 * Question templates: Amnesty International's five questions of 10 September 2020 (as the
 * company's letter of 18 September restates them) and the asks of Amnesty's press release and the
 * Investor Alliance briefing, each worded for the three audiences. The escalation ladder follows
 * the investor guidance (engage, encourage intermediaries, exercise leverage); the last two
 * steps (a public statement, divestment as the last resort) are the app's own and cite nothing.
 */
export const engagementTemplates: EngagementTemplates = {
  version: '2026-11-1',
  questionTemplates: [
    {
      id: 'amnesty-q1',
      origin: "Amnesty International's question 1 (10 Sept 2020)",
      wording: {
        company:
          'Please provide evidence of human rights due diligence measures that {company} has taken in relation to its contracts with DHS to provide ICM and FALCON for ICE, including action the company has taken to address the human rights risks associated with these contracts.',
        'asset manager':
          'Will you ask {company} to provide evidence of the human rights due diligence it has carried out on its ICM and FALCON contracts with ICE, and of the action it has taken on the risks found?',
        'proxy advisor':
          'Does your voting guidance on {company} weigh whether it has shown evidence of human rights due diligence on its ICM and FALCON contracts with ICE?',
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
      origin: "Amnesty International's question 2 (10 Sept 2020)",
      wording: {
        company:
          'Was {company} aware of the DHS Privacy Impact Assessments for ICM and FALCON, and if so, why has it continued to maintain that its products and services did not facilitate ERO operations?',
        'asset manager':
          'Will you ask {company} to reconcile its statements that its software is not used by ERO with the DHS Privacy Impact Assessments that say ERO uses ICM data?',
        'proxy advisor':
          'Does your analysis of {company} note the conflict between its statements on ERO and the DHS Privacy Impact Assessments for ICM and FALCON?',
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
      origin: "Amnesty International's question 3 (10 Sept 2020)",
      wording: {
        company:
          'Does {company} maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement generally but also including detention and deportation?',
        'asset manager':
          'Will you ask {company} what prevents its products from being used for ERO civil immigration enforcement, including detention and deportation?',
        'proxy advisor':
          "Does your guidance consider whether {company}'s products facilitate ERO civil immigration enforcement, including detention and deportation?",
      },
      checklistItemIds: ['A5'],
      sourceIds: amnesty,
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '- 3. Does Palantir maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement generally but also including detention and deportation?*',
      },
    },
    {
      id: 'amnesty-q4',
      origin: "Amnesty International's question 4 (10 Sept 2020)",
      wording: {
        company:
          'Does {company} maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement based on HSI activities? For example, but not limited to, family separations and workplace raids?',
        'asset manager':
          'Will you ask {company} how its software was used in HSI worksite raids and operations that separated families, and what it has done since?',
        'proxy advisor':
          "Does your guidance weigh the documented use of {company}'s software in HSI worksite raids and operations that separated families?",
      },
      checklistItemIds: ['A4'],
      sourceIds: amnesty,
      passage: {
        sourceId: 'palantir-letter-2020-09-18',
        text: '- 4. Does Palantir maintain that its products and services as contracted with DHS for ICE do not facilitate ERO civil immigration enforcement based on HSI activities? For example, but not limited to, family separations and workplace raids?*',
      },
    },
    {
      id: 'amnesty-q5',
      origin: "Amnesty International's question 5 (10 Sept 2020)",
      wording: {
        company:
          'As per its responsibilities under the UN [Guiding] Principles on Business and Human Rights, does {company} intend to provide any remedy to people harmed through the use of its products?',
        'asset manager':
          'Will you ask {company} to commit to provide or cooperate in remedy for people harmed through the use of its products, as the UN Guiding Principles expect?',
        'proxy advisor':
          'Does your guidance on {company} consider that it has made no commitment to remedy for people harmed through the use of its products?',
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
      origin: "Amnesty International's demand: disclose the technology and the safeguards",
      wording: {
        company:
          'Will {company} publish details of the technology it has provided to ICE through its contracts, and the human rights safeguards it has put in place?',
        'asset manager':
          'Will you ask {company} to publish the technology it has provided to ICE and the human rights safeguards in place?',
        'proxy advisor':
          'Would you support a shareholder proposal asking {company} to disclose the technology it provides to ICE and its human rights safeguards?',
      },
      checklistItemIds: ['C12'],
      sourceIds: ['amnesty-uk-2020-09'],
    },
    {
      id: 'suspension',
      origin:
        'Amnesty International: Palantir must urgently consider suspending its work until the risks are addressed',
      wording: {
        company:
          'Until {company} can show its technology is not contributing to abuses against migrants and asylum-seekers, will it consider suspending its products and services to the agencies concerned?',
        'asset manager':
          'Will you ask {company} to consider suspending its ICE work until it can show its technology does not contribute to abuses against migrants and asylum-seekers?',
        'proxy advisor':
          'Does your guidance on {company} weigh whether it should consider suspending its ICE work until it can show it does not contribute to abuses?',
      },
      checklistItemIds: ['B10'],
      sourceIds: ['amnesty-uk-2020-09'],
    },
    {
      id: 'iahr-risk-management',
      origin: 'Investor Alliance for Human Rights: engage on policies and risk management',
      wording: {
        company:
          'What policies and risk management systems does {company} have to prevent, mitigate and account for adverse human rights impacts of its government contracts?',
        'asset manager':
          'Will you engage {company} to assess its policies and risk management systems on human rights, as the Investor Alliance asks of intermediaries holding its shares?',
        'proxy advisor':
          "Does your guidance assess {company}'s policies and risk management systems for the human rights impacts of its government contracts?",
      },
      checklistItemIds: ['B9', 'C13'],
      sourceIds: ['iahr-2019'],
    },
  ],
  gapWording: {
    company:
      'Our assessment of {company} found this unmet ({answer}): "{item}" What will {company} do about it, and by when?',
    'asset manager':
      'Our assessment of {company} found this unmet ({answer}): "{item}" Will you raise it with {company}, and report back what it says?',
    'proxy advisor':
      'Our assessment of {company} found this unmet ({answer}): "{item}" Does your voting guidance on {company} take it into account?',
  },
  claimWording: {
    company:
      '{company} has said: "{statement}" We rate this claim {status}. What evidence can {company} publish to support this?',
    'asset manager':
      '{company} has said: "{statement}" We rate this claim {status}. Will you ask {company} for evidence that supports it?',
    'proxy advisor':
      '{company} has said: "{statement}" We rate this claim {status}. Does your analysis of {company} take the conflicting evidence into account?',
  },
  ladder: [
    {
      id: 'engage',
      rank: 1,
      label: 'Engage the company',
      description: 'Letters and meetings with the company to assess its policies and risk management systems.',
      sourceIds: ['iahr-2019'],
    },
    {
      id: 'collaborate',
      rank: 2,
      label: 'Collaborative engagement',
      description: 'Encourage intermediaries holding the shares to engage the company (the investor briefing).',
      sourceIds: ['iahr-2019'],
    },
    {
      id: 'leverage',
      rank: 3,
      label: 'Vote against directors or file a resolution',
      description:
        'Exercise leverage as a shareholder to call on the company to prevent, mitigate and account for adverse impacts (the investor briefing). Voting against directors or filing a resolution are the app\u2019s examples of that leverage; the briefing names neither.',
      sourceIds: ['iahr-2019'],
    },
    {
      id: 'public',
      rank: 4,
      label: 'Public statement',
      description:
        'The app\u2019s own step, not a source\u2019s: state publicly what the company has and has not done.',
      sourceIds: [],
    },
    {
      id: 'divest',
      rank: 5,
      label: 'Divestment, as a last resort',
      description:
        'The app\u2019s own step, not a source\u2019s: sell the holding when engagement has failed and the risk remains, and say why.',
      sourceIds: [],
    },
  ],
}
