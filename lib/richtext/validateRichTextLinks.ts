import { type RichTextFieldValidation, validations } from 'payload'

import { firstLinkProblem } from './linkProblems'

/** A rich text field's validation: its links (with a message naming the link), then the editor's own. */
export const validateRichTextLinks: RichTextFieldValidation = async (value, options) => firstLinkProblem(value) ?? validations.richText(value, options)
