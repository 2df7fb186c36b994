// The one number format of the UI: Intl.NumberFormat of the UI language, the
// same one i18next applies to `{{count, number}}` in strings.
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    formats.set(language, format);
  }
  return format.format(value);
}
