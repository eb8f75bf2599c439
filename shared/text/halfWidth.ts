/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) as their half-width forms; all else unchanged. */
export function halfWidthAlnum(text: string): string {
  // The full-width forms sit 0xFEE0 above ASCII in Unicode's Halfwidth and Fullwidth Forms block.
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
