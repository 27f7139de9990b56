import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { serverUrl } from '@/lib/env'

import { resetPasswordEmailHtml, resetPasswordEmailSubject } from './resetPasswordEmail'
import { isAdmin } from '@/access/isAdmin'
import { isAdminField } from '@/access/isAdminField'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: authenticated,
    create: isAdmin,
    read: authenticated,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account; a lockout is lifted by an admin (or by time).
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
  },
  // Five wrong passwords lock the account for ten minutes.
  auth: {
    // Secure whenever the site is served over HTTPS (SERVER_URL): the cookie then never travels in clear.
    cookies: { secure: serverUrl().startsWith('https://'), sameSite: 'Lax' },
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // The reset mail's link is built from the site's own origin (see resetPasswordEmail.ts); it expires in an hour.
    forgotPassword: { expiration: 60 * 60 * 1000, generateEmailHTML: resetPasswordEmailHtml, generateEmailSubject: resetPasswordEmailSubject },
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Admins manage users and settings; editors write and publish.' },
    },
  ],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
  },
}
