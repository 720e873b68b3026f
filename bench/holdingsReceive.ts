// The page's side of the holdings worker's answer (unpacking each chunk as it arrives), built for
// the holdings bench so that its side-by-side timing does the same work as the page.
export { joinChunks, receiveChunk } from '../src/features/holdings/holdingsJob'
