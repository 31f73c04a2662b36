import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('turns every HTML-significant character into its entity, keeping Vietnamese text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(escapeHtml("<b>Quỹ 'A' & B</b>")).toBe('&lt;b&gt;Quỹ &#39;A&#39; &amp; B&lt;/b&gt;');
    expect(escapeHtml('Ngân sách tỉnh Sơn La')).toBe('Ngân sách tỉnh Sơn La');
    expect(escapeHtml(null)).toBe('');
  });

  it('leaves nothing a browser would parse as markup', () => {
    const div = escapeHtml('<script>x</script><svg onload=1>');
    expect(div).not.toMatch(/[<>"']/);
  });
});
