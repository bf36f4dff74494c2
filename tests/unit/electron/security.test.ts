import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl } from '../../../electron/main/security';
import { resolveAppPath } from '../../../electron/main/app-path';

describe('offline block', () => {
  it('allows only the app scheme, devtools and page-made blob/data URLs', () => {
    expect(isAllowedRequestUrl('app://ledger/index.html')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://ledger/1234')).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:1234/')).toBe(false);
  });

  it('allows the dev server only when developing', () => {
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/src/main.tsx', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isAllowedRequestUrl('https://cdn.example.com/x.js', 'http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('app:// file mapping', () => {
  it('maps the root to index.html and assets under the renderer folder', () => {
    expect(resolveAppPath('/opt/app/renderer', 'app://ledger/')).toBe('/opt/app/renderer/index.html');
    expect(resolveAppPath('/opt/app/renderer', 'app://ledger/assets/a.js')).toBe('/opt/app/renderer/assets/a.js');
  });

  it('refuses paths that climb out of the renderer folder and other hosts', () => {
    expect(resolveAppPath('/opt/app/renderer', 'app://ledger/..%2F..%2Fsecret.txt')).toBeNull();
    expect(resolveAppPath('/opt/app/renderer', 'app://other/index.html')).toBeNull();
  });
});
