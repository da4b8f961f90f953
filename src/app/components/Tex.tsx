/** A fixed TeX formula, typeset by KaTeX (loaded on demand). Only our own constant strings come here. */
import { useEffect, useRef } from 'react';

export function Tex({ tex, label }: { tex: string; label: string }) {
  const el = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([k]) => {
      if (live && el.current) k.default.render(tex, el.current, { throwOnError: false, output: 'html' });
    });
    return () => {
      live = false;
    };
  }, [tex]);
  return (
    <span className="tex" role="math" aria-label={label}>
      <span ref={el} aria-hidden="true">
        {tex}
      </span>
    </span>
  );
}
