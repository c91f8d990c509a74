import type * as vscode from 'vscode';

export interface WebviewPageOptions {
  title: string;
  /** Script and style file names in media/. */
  script: string;
  style: string;
  /** The page's body, before its script. */
  body: string;
  /** Image sources beyond media/ (the pipeline draws its PNG from `blob:` and `data:` URLs). */
  imageSources?: string[];
}

/**
 * A webview page of the extension: its script and style from media/ and nothing from elsewhere
 * (Content Security Policy `default-src 'none'`), the script allowed by a fresh nonce.
 */
export function webviewPage(webview: vscode.Webview, media: vscode.Uri, options: WebviewPageOptions): string {
  const nonce = makeNonce();
  const file = (name: string) => webview.asWebviewUri(media.with({ path: `${media.path}/${name}` })).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${[webview.cspSource, ...(options.imageSources ?? [])].join(' ')}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${file(options.style)}">
<title>${options.title}</title>
</head>
<body>
${options.body}
<script nonce="${nonce}" src="${file(options.script)}"></script>
</body>
</html>`;
}

/** 128 random bits, hex: a nonce for one page. */
function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
