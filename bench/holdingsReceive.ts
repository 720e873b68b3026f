// The page's side of the holdings worker's answer (unpacking each chunk and looking it through as it arrives), built for
// the holdings bench so that its side-by-side timing does the same work as the page.
export { HoldingsReceiver } from '../src/features/holdings/holdingsJob'
