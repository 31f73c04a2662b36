// A short message at the top of the screen that goes by itself ("Đã lưu"), made of a plain element
// so that the station's pages need no antd for it (issue 16). Several stack; each lasts 3 seconds.

const COLOURS = { success: '#389e0d', warning: '#d48806', error: '#cf1322' } as const;

function stack(): HTMLElement {
  let el = document.getElementById('toasts');
  if (!el) {
    el = document.createElement('div');
    el.id = 'toasts';
    el.setAttribute('role', 'status');
    el.style.cssText =
      'position:fixed;top:12px;left:0;right:0;z-index:2000;display:flex;flex-direction:column;align-items:center;gap:8px;pointer-events:none';
    document.body.append(el);
  }
  return el;
}

export function toast(text: string, type: keyof typeof COLOURS = 'success'): void {
  const item = document.createElement('div');
  item.dataset.testid = 'toast';
  item.dataset.type = type;
  item.textContent = text;
  item.style.cssText = `max-width:calc(100vw - 32px);background:#fff;color:rgba(0,0,0,.88);border-inline-start:4px solid ${COLOURS[type]};border-radius:8px;padding:9px 12px;box-shadow:0 6px 16px rgba(0,0,0,.12);font-size:15px`;
  stack().append(item);
  setTimeout(() => item.remove(), 3000);
}
