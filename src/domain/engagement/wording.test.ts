import { describe, expect, it } from 'vitest'
import { quoteInSentence, wordClaimQuestion, wordGapQuestion } from './wording'

const c = 'Palantir Technologies'

describe('quoteInSentence', () => {
  it.each([
    ['We do not work for E.R.O.', '“We do not work for E.R.O.”'],
    [
      'Policy choices belong to the legislature: "in societies where there is a functioning democracy ... we will provide the software".',
      '“Policy choices belong to the legislature: ‘in societies where there is a functioning democracy ... we will provide the software’.”',
    ],
    [
      'Palantir "plays no role in supporting detention facilities management."',
      '“Palantir ‘plays no role in supporting detention facilities management.’”',
    ],
    ['it’s a de minimis part of our work', '“it’s a de minimis part of our work”.'],
  ])('quotes %s with the inner quotation in single quotes', (words, expected) => {
    expect(quoteInSentence(words)).toBe(expected)
  })
})

describe('wordGapQuestion', () => {
  const topic = {
    subject:
      'it tracks whether its human rights safeguards on the ICM and FALCON contracts with ICE work, and reports the results',
    document: 'the results of that tracking',
  }
  it('says plainly that something is not disclosed and asks the company for the document, naming the contracts', () => {
    expect(wordGapQuestion({ companyName: c, audience: 'company', answer: 'unknown', topic })).toBe(
      'Palantir Technologies has not disclosed whether it tracks whether its human rights safeguards on the ICM and FALCON contracts with ICE work, and reports the results. Will Palantir Technologies publish the results of that tracking, and by what date?',
    )
  })
  it('asks a company that has done part of it to publish the whole, by a date', () => {
    expect(wordGapQuestion({ companyName: c, audience: 'company', answer: 'partial', topic })).toBe(
      'Palantir Technologies has shown only in part that it tracks whether its human rights safeguards on the ICM and FALCON contracts with ICE work, and reports the results. Will Palantir Technologies publish the results of that tracking in full, and by what date?',
    )
  })
  it('puts the sourced basis first and asks an asset manager to ask the company', () => {
    expect(
      wordGapQuestion({
        companyName: c,
        audience: 'asset manager',
        answer: 'no',
        topic: {
          subject: 'it will provide for or cooperate in remedy',
          document: 'that commitment',
          basis: { text: 'Amnesty asked in 2020.' },
        },
      }),
    ).toBe(
      'Amnesty asked in 2020. Palantir Technologies has not shown that it will provide for or cooperate in remedy. Will you ask Palantir Technologies to publish that commitment, and tell us how it responds?',
    )
  })
  it('never says "unknown" or "these measures"', () => {
    for (const answer of ['no', 'unknown', 'partial'] as const)
      for (const audience of ['company', 'asset manager', 'proxy advisor'] as const) {
        const text = wordGapQuestion({ companyName: c, audience, answer, topic })
        expect(text).not.toMatch(/unknown|these measures/i)
      }
  })
})

describe('wordClaimQuestion', () => {
  it('carries a quoted fragment on from the speaker line, with no colon and the quoted words alone in quotation marks', () => {
    expect(
      wordClaimQuestion({
        companyName: c,
        audience: 'company',
        status: 'unverified',
        statement:
          'plays no role in supporting detention facilities management within any federal departments or agencies.',
        topic: {
          said: 'Mijente’s rejoinder of 13 February 2020 quotes Palantir Technologies as stating that it',
          record: 'the rejoinder',
          document: 'an account of whether ICM data is used in decisions to detain people',
        },
      }),
    ).toBe(
      'Mijente’s rejoinder of 13 February 2020 quotes Palantir Technologies as stating that it “plays no role in supporting detention facilities management within any federal departments or agencies.” Will Palantir Technologies publish an account of whether ICM data is used in decisions to detain people, so that the statement can be checked?',
    )
  })
  const letter = 'In its letter to Amnesty International of 18 September 2020, Palantir Technologies wrote'
  const pia =
    'the DHS Privacy Impact Assessment for ICM (2016), which says “ERO also uses ICM data to inform its civil cases”'
  it('asks for the evidence or a correction of a contradicted statement', () => {
    expect(
      wordClaimQuestion({
        companyName: c,
        audience: 'company',
        status: 'contradicted by records',
        statement: 'We do not work for E.R.O.',
        topic: { said: 'Palantir Technologies told The New York Times in December 2018', record: pia },
      }),
    ).toBe(
      'Palantir Technologies told The New York Times in December 2018: “We do not work for E.R.O.” This is contradicted by the DHS Privacy Impact Assessment for ICM (2016), which says “ERO also uses ICM data to inform its civil cases”. Will Palantir Technologies publish the evidence for its statement, or correct it?',
    )
  })
  it('asks how a disputed statement is reconciled with the named record', () => {
    expect(
      wordClaimQuestion({
        companyName: c,
        audience: 'company',
        status: 'disputed',
        statement: "Palantir's software does not facilitate ERO's civil immigration enforcement generally.",
        topic: { said: letter, record: pia },
      }),
    ).toBe(
      `${letter}: “Palantir's software does not facilitate ERO's civil immigration enforcement generally.” How does Palantir Technologies reconcile this with ${pia}?`,
    )
  })
  it('asks what the company has done about what it acknowledged', () => {
    expect(
      wordClaimQuestion({
        companyName: c,
        audience: 'company',
        status: 'acknowledged',
        statement:
          'Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.',
        topic: { said: letter, record: 'the same letter' },
      }),
    ).toBe(
      'In its letter to Amnesty International of 18 September 2020, Palantir Technologies wrote: “Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.” What has Palantir Technologies changed in its work in response, and what will it change next?',
    )
  })
  it('asks for the document that would verify an unverified statement, for a proxy advisor too', () => {
    const topic = {
      said: letter,
      record: 'Amnesty’s finding',
      document: 'what that team has flagged on the ICM and FALCON contracts',
    }
    expect(
      wordClaimQuestion({
        companyName: c,
        audience: 'company',
        status: 'unverified',
        statement: 'We have a team.',
        topic,
      }),
    ).toBe(
      `${letter}: “We have a team.” Will Palantir Technologies publish what that team has flagged on the ICM and FALCON contracts, so that the statement can be checked?`,
    )
    expect(
      wordClaimQuestion({
        companyName: c,
        audience: 'proxy advisor',
        status: 'unverified',
        statement: 'We have a team.',
        topic,
      }),
    ).toBe(
      `${letter}: “We have a team.” Until Palantir Technologies publishes what that team has flagged on the ICM and FALCON contracts, does your analysis treat the statement as unverified?`,
    )
  })
})

describe('wordClaimQuestion with a paraphrase', () => {
  it('says it is a paraphrase and puts no quotation marks round it', () => {
    const text = wordClaimQuestion({
      companyName: 'Palantir Technologies',
      audience: 'company',
      status: 'unverified',
      statement: 'Palantir does not provide software to ERO',
      statementKind: 'paraphrase',
      topic: { said: 'As The Hill reported in August 2019, Palantir Technologies said', record: 'the record' },
    })
    expect(text).toBe(
      'As The Hill reported in August 2019, Palantir Technologies said (a paraphrase, not the exact words): Palantir does not provide software to ERO. Will Palantir Technologies publish the records behind it, so that the statement can be checked?',
    )
    expect(text).not.toMatch(/[“”"]/)
  })

  it('opens with the topic’s own sentence in reported speech where it has one, with no label to strike out', () => {
    const text = wordClaimQuestion({
      companyName: 'Palantir Technologies',
      audience: 'asset manager',
      status: 'contradicted by records',
      statement: 'Palantir does not provide software to ERO.',
      statementKind: 'paraphrase',
      topic: {
        said: 'As The Hill reported in August 2019, Palantir Technologies said',
        reported: 'The Hill reported in August 2019 that Palantir Technologies does not provide software to ERO',
        record: 'the DHS Privacy Impact Assessment for ICM (2016)',
      },
    })
    expect(text).toBe(
      'The Hill reported in August 2019 that Palantir Technologies does not provide software to ERO. This is contradicted by the DHS Privacy Impact Assessment for ICM (2016). Will you ask Palantir Technologies to publish the evidence for its statement, or to correct it?',
    )
    expect(text).not.toMatch(/paraphrase|[“”"]/)
  })
})
