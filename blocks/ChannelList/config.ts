import type { Block } from 'payload'

import { blockFieldsToNode } from '@/fields/blockFieldsToNode'

/** A block for pages such as About: the site's YouTube channels, each with its description and links. */
export const ChannelList: Block = {
  slug: 'channelList',
  interfaceName: 'ChannelListBlock',
  labels: { singular: 'Channel list', plural: 'Channel lists' },
  fields: [{ name: 'heading', type: 'text', defaultValue: 'Our channels', admin: { description: 'Shown above the list; leave empty for none.' } }, blockFieldsToNode],
}
