import { delay, http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw'
import { isFailing, latencyFor, type MockArea } from '../controls'

type Resolver = (params: PathParams) => DefaultBodyType | Response

/** A GET handler with the shared behaviour: latency, forced failure, 404 for unknown ids. */
export function getRoute(area: MockArea, path: string, resolve: Resolver) {
  return http.get(path, async ({ params }) => {
    // No timer at all when there is no latency (the production build): the answer comes in the same task.
    const latency = latencyFor()
    if (latency > 0) await delay(latency)
    if (isFailing(area)) {
      return HttpResponse.json({ message: `The ${area} service is unavailable (forced failure).` }, { status: 500 })
    }
    const body = resolve(params)
    if (body instanceof Response) return body
    return HttpResponse.json(body as Record<string, unknown>)
  })
}

export function notFound(what: string): Response {
  return HttpResponse.json({ message: `${what} was not found.` }, { status: 404 })
}
