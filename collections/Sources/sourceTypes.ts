/** Source types, named after their CSL equivalents where one exists (see lib/citations later). */
export const sourceTypeOptions = [
  { label: 'Book', value: 'book' },
  { label: 'Chapter', value: 'chapter' },
  { label: 'Article', value: 'article' },
  { label: 'Web page', value: 'webpage' },
  { label: 'Video', value: 'video' },
  { label: 'Archive document', value: 'archive-document' },
  { label: 'Speech', value: 'speech' },
  { label: 'Pamphlet', value: 'pamphlet' },
  { label: 'Other', value: 'other' },
]
