// ECharts inserts a tooltip formatter's string into the page as HTML. Every text that did not
// come from the code itself (funding-source, organisation, activity and place names, even
// translations) goes through this one helper before it is put into such a string.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe to place in HTML text or in a quoted attribute. */
export const escapeHtml = (s: string | null | undefined): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
