/** "Share / Embed": the link to this exact view and an iframe snippet (with the auto-height host script). */
import { useRef, useState } from 'react';
import type { Dict } from '../i18n';
import { writeUrl, type ViewState } from '../urlState';

/** `base`: the app's address without its query. */
export function ShareDialog({ t, view, base }: { t: Dict; view: ViewState; base: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const link = `${base}${writeUrl({ ...view, projector: false })}`;
  // The app's folder, whether it was opened at …/ or …/index.html: embed.js lives beside index.html.
  const folder = new URL('./', base).href;
  const widget = `${folder}${writeUrl({ ...view, projector: false, step: null })}&embed=1`;
  const snippet = [
    `<iframe src="${widget.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="Attention Lens" width="100%" height="560" style="border:0" loading="lazy" data-attention-lens></iframe>`,
    `<script src="${folder}embed.js"></script>`,
  ].join('\n');
  const copy = (what: string, text: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null),
    );
  };
  return (
    <>
      <button type="button" className="share-toggle" onClick={() => (setCopied(null), dialog.current?.showModal())}>
        {t.share}
      </button>
      <dialog ref={dialog} className="share" aria-label={t.share}>
        <h2>{t.share}</h2>
        <label>
          {t.shareLink}
          <input readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
        <button type="button" onClick={() => copy('link', link)}>
          {copied === 'link' ? t.copied : t.copy}
        </button>
        <label>
          {t.embedSnippet}
          <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
        </label>
        <button type="button" onClick={() => copy('snippet', snippet)}>
          {copied === 'snippet' ? t.copied : t.copy}
        </button>
        <p className="note">{t.embedNote}</p>
        <form method="dialog">
          <button type="submit">{t.close}</button>
        </form>
      </dialog>
    </>
  );
}
