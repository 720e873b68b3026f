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
      'Data-integration and analysis software provider. Holds case-management (ICM) and analysis (FALCON) contracts with Homeland Security Investigations, a division of US Immigration and Customs Enforcement, since 2011. Listed on the NYSE by direct listing on 30 September 2020.',
    sourceIds: ['palantir-letter-2020-09-18', 'bloomberg-2020-09-30', 'iahr-2019'],
  },
]
