import { useId } from 'react'
import { useSearchParam } from '../../components/router'
import { parseContractFilter, VEHICLES, type ContractFilter } from '../../domain/contracts/chartRows'

/** The filter in the URL (?from=2014&to=2019&vehicle=ICM), so a filtered chart can be shared. */
export function useContractFilter(): {
  filter: ContractFilter
  set: (name: 'from' | 'to' | 'vehicle', value: string | null) => void
  clear: () => void
} {
  const [from, setFrom] = useSearchParam('from')
  const [to, setTo] = useSearchParam('to')
  const [vehicle, setVehicle] = useSearchParam('vehicle')
  const setters = { from: setFrom, to: setTo, vehicle: setVehicle }
  return {
    filter: parseContractFilter({ from, to, vehicle }),
    set: (name, value) => setters[name](value),
    clear: () => {
      setFrom(null)
      setTo(null)
      setVehicle(null)
    },
  }
}

function years(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** Year range and vehicle; every change replaces the query string. */
export function ContractFilters({ first, last }: { first: number; last: number }) {
  const { filter, set, clear } = useContractFilter()
  const id = useId()
  const active = filter.from !== null || filter.to !== null || filter.vehicle !== null
  return (
    <form className="filters" aria-label="Filter the contract charts" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-from`}>
        From fiscal year
        <select id={`${id}-from`} value={filter.from ?? ''} onChange={(e) => set('from', e.target.value || null)}>
          <option value="">FY{first} (first)</option>
          {years(first, last).map((y) => (
            <option key={y} value={y}>
              FY{y}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-to`}>
        To fiscal year
        <select id={`${id}-to`} value={filter.to ?? ''} onChange={(e) => set('to', e.target.value || null)}>
          <option value="">FY{last} (latest)</option>
          {years(first, last).map((y) => (
            <option key={y} value={y}>
              FY{y}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-vehicle`}>
        Contract vehicle
        <select
          id={`${id}-vehicle`}
          value={filter.vehicle ?? ''}
          onChange={(e) => set('vehicle', e.target.value || null)}
        >
          <option value="">All vehicles</option>
          {VEHICLES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" onClick={clear} disabled={!active}>
        Clear filters
      </button>
    </form>
  )
}
