/** Largest accepted upload. Payload enforces it while parsing; the REST route also checks up front. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

// Multipart framing and the other form fields around the file.
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024

/**
 * Payload stops an oversized upload with status 413 but its REST response hides the reason
 * ("An unknown error occurred."). A request whose declared length is already over the limit is
 * answered here instead, with the reason, before any of the body is read.
 */
export function rejectOversizedUpload(request: Request): Response | null {
  const type = request.headers.get('content-type') ?? ''
  const length = Number(request.headers.get('content-length') ?? 0)
  if (!type.startsWith('multipart/form-data') || length <= MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES) return null
  const limitMiB = MAX_UPLOAD_BYTES / 1024 / 1024
  return Response.json(
    { errors: [{ message: `The upload is ${(length / 1024 / 1024).toFixed(1)} MiB; files may be at most ${limitMiB} MiB.` }] },
    { status: 413 },
  )
}
