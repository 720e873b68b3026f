import type { Company } from '../../src/domain/company/schema'

export const companies: Company[] = [
  {
    id: 'palantir',
    name: 'Palantir Technologies',
    ticker: 'PLTR',
    exchange: 'NYSE',
    isin: 'US69608A1088',
    cusip: '69608A108',
    summary:
      'Data-integration and analysis software provider. Has held contracts with Homeland Security Investigations, a division of US Immigration and Customs Enforcement, since 2011: case management (ICM) and analysis (FALCON); Business Insider reported in July 2022 that FALCON would end as soon as November 2022, replaced by RAVEn. Listed on the NYSE by direct listing on 30 September 2020.',
    sourceIds: ['palantir-letter-2020-09-18', 'bi-2022-07', 'bloomberg-2020-09-30', 'iahr-2019'],
  },
]
