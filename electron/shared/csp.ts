/**
 * The one Content-Security-Policy of the renderer, sent by the app:// protocol in Electron, put into
 * index.html at build time, and sent by the browser-mode server. No remote origin appears anywhere:
 * the app is offline by construction. Emotion (MUI's styling) injects <style> elements, hence
 * 'unsafe-inline' for styles only; scripts never run inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
