import type { PayloadRequest } from 'payload'

/** Any logged-in user. Typed narrowly so it also serves as an admin-panel access rule. */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
