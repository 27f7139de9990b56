/** DOI syntax (https://www.doi.org/doi_handbook/2_Numbering.html): "10.<registrant>/<suffix>", without the resolver URL. */
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/

export const validateDoi = (value: unknown): true | string => {
  if (typeof value !== 'string' || value.trim() === '') return true
  if (/^https?:\/\//i.test(value.trim())) return 'Enter the DOI itself, e.g. 10.1017/CBO9781107049963, not its https://doi.org/ link.'
  return DOI.test(value.trim()) ? true : `"${value}" is not a DOI; they look like 10.1017/CBO9781107049963.`
}
