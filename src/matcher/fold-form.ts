/** Case, curly apostrophes and hyphen versus space folded, as a pack's lists are compared. */
export const foldSurfaceFormForSense = (form: string) =>
  form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();
