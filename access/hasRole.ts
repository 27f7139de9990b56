import type { User } from '@/payload-types'

export type Role = NonNullable<User['role']>

export const hasRole = (user: unknown, role: Role): boolean =>
  Boolean(user && typeof user === 'object' && 'role' in user && (user as User).role === role)
