import type { Operation } from '../../src/domain/operations/schema'

/** Single enforcement operations the sources link to Palantir's software. */
export const operations: Operation[] = [
  {
    id: 'mississippi-2019',
    name: 'Mississippi worksite raids',
    date: '2019-08-07',
    place: 'Seven food-processing plants in six Mississippi towns',
    status: 'carried out',
    description:
      'HSI worksite operation. Hundreds of families were separated; many of those arrested were held in prolonged detention and deported. CBS reported \u201cnearly 700 workers\u201d. Accounts of the releases differ: the U.S. Attorney\u2019s release (reported by the Clarion Ledger) says about 30 were released on humanitarian grounds and about 270 after processing; the company\u2019s letter says all 300 were released on humanitarian grounds.',
    palantirLink:
      'Amnesty: ICE used Palantir technology to plan the raids; Mijente: the warrant affidavit names the FALCON Tipline.',
    figures: [
      {
        id: 'arrested',
        label: 'People arrested',
        count: 680,
        qualifier: 'exact',
        sourceIds: ['npr-2019-08-09', 'clarion-2019-08-08', 'palantir-letter-2020-09-18'],
      },
      {
        id: 'released',
        label: 'Released within a day, on all grounds',
        count: 300,
        qualifier: 'about',
        sourceIds: ['npr-2019-08-09', 'clarion-2019-08-08'],
      },
      {
        id: 'released-humanitarian',
        label: 'Released on humanitarian grounds',
        count: 30,
        qualifier: 'about',
        account: 'U.S. Attorney and ICE release, as the Clarion Ledger reported it (8 Aug 2019)',
        sourceIds: ['clarion-2019-08-08'],
      },
      {
        id: 'released-after-processing',
        label: 'Released after processing by HSI',
        count: 270,
        qualifier: 'about',
        account: 'U.S. Attorney and ICE release, as the Clarion Ledger reported it (8 Aug 2019)',
        sourceIds: ['clarion-2019-08-08'],
      },
      {
        id: 'released-company-account',
        label: 'Released on humanitarian grounds, in the company\u2019s account',
        count: 300,
        qualifier: 'exact',
        account: 'Palantir\u2019s letter to Amnesty International (18 Sept 2020), citing NPR',
        sourceIds: ['palantir-letter-2020-09-18'],
      },
    ],
    confidence: 'high',
    sourceIds: ['npr-2019-08-09', 'clarion-2019-08-08', 'amnesty-uk-2020-09', 'mijente-powersraids', 'cbs-2020-09-28'],
    passages: [
      {
        sourceId: 'cbs-2020-09-28',
        text: "Amnesty says ICE has also used Palantir's technology in arresting the parents of children who cross the border unaccompanied and to conduct massive workplace raids, such as a 2019 raid in Mississippi  that swept up nearly 700 workers.",
      },
    ],
  },
  {
    id: 'uac-initiative-2017',
    name: 'Unaccompanied Alien Children Human Smuggling Disruption Initiative',
    date: '2017-05-05',
    place: 'Nationwide (90-120 day operation)',
    status: 'carried out',
    description:
      'An operation against the parents and other relatives of unaccompanied children who crossed the border; arrivals were logged in ICM. Amnesty: it led to detentions and harmed children\u2019s welfare.',
    palantirLink:
      "The ConOps logs children's arrivals in Palantir's ICM; The Intercept reports ICM was used to target relatives.",
    figures: [
      {
        id: 'hsi-offices',
        label: 'HSI Special Agent in Charge offices forming joint teams',
        count: 26,
        qualifier: 'exact',
        sourceIds: ['ice-conops-2017'],
      },
      {
        id: 'ero-offices',
        label: 'ERO field office directors in the joint teams',
        count: 24,
        qualifier: 'exact',
        sourceIds: ['ice-conops-2017'],
      },
    ],
    confidence: 'high',
    sourceIds: ['ice-conops-2017', 'intercept-2019-05-02', 'amnesty-uk-2020-09'],
  },
  {
    id: 'operation-mega-2017',
    name: 'Operation Mega',
    date: '2017-09',
    place: 'Nationwide, planned for 17-21 September 2017',
    status: 'planned, cancelled',
    description:
      'Planned as the largest immigration raid of its kind; NBC reported it cancelled. FOIA documents were published as \u201cBlueprint for Terror\u201d.',
    palantirLink:
      '\u201cBefore the raids, all officers were instructed to use Palantir Technologies\u2019 FALCON app\u201d (Mijente, as Truthout reported it).',
    figures: [
      {
        id: 'targets',
        label: 'People targeted (planned)',
        count: 8400,
        qualifier: 'planned',
        sourceIds: ['nbc-2017-09-07', 'truthout-2019-07'],
      },
    ],
    confidence: 'high',
    sourceIds: ['nbc-2017-09-07', 'dwn-2019-07-03', 'truthout-2019-07'],
    passages: [
      {
        sourceId: 'truthout-2019-07',
        text: 'On July 3, Mijente released thousands of documents as part of a report on Operation Mega, called, \u201cBlueprint for Terror: How ICE Planned Its Largest Immigration Raid.\u201d',
      },
      {
        sourceId: 'truthout-2019-07',
        text: '\u201cBefore the raids, all officers were instructed to use Palantir Technologies\u2019 FALCON app,\u201d Mijente revealed.',
      },
    ],
    verification: {
      status: 'unverified',
      reason:
        'Whether it was cancelled: FOIA e-mails published in \u201cBlueprint for Terror\u201d show the operation renamed rather than called off.',
    },
  },
  {
    id: 'seven-eleven-2018',
    name: '7-Eleven worksite raids',
    date: '2018-01-10',
    place: 'About 100 stores nationwide',
    status: 'carried out',
    description: 'HSI worksite operation at 7-Eleven franchise stores.',
    palantirLink: 'HSI told New York team leaders to use the FALCON mobile app (emails obtained by WNYC).',
    figures: [{ id: 'stores', label: 'Stores visited', count: 100, qualifier: 'about', sourceIds: ['wnyc-2018'] }],
    confidence: 'high',
    sourceIds: ['wnyc-2018'],
  },
]
