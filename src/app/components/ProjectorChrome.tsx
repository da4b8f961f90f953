/** What projector mode adds: the lesson bar with the lecturer's note, the key overlay, the blank screen. */
import { useEffect, useRef } from 'react';
import type { Dict, Lang } from '../i18n';
import { lesson } from '../lesson';

interface Props {
  t: Dict;
  lang: Lang;
  text: string;
  onExample: (k: number) => void;
  help: boolean;
  onCloseHelp: () => void;
  blank: boolean;
  onUnblank: () => void;
  note: string | null;
}

export function LessonBar({ t, lang, text, onExample }: Pick<Props, 't' | 'lang' | 'text' | 'onExample'>) {
  const at = lesson.findIndex((s) => s.text === text);
  return (
    <nav className="lesson" aria-label={t.lesson}>
      <ol>
        {lesson.map((s, k) => (
          <li key={k}>
            <button
              type="button"
              className={k === at ? 'on' : undefined}
              aria-current={k === at ? 'step' : undefined}
              aria-label={t.lessonStep(k + 1, s.text)}
              onClick={() => onExample(k)}
            >
              {k + 1}
            </button>
          </li>
        ))}
      </ol>
      {at >= 0 && <p className="lesson-note">{lesson[at]!.note[lang]}</p>}
    </nav>
  );
}

export function ProjectorOverlays({
  t,
  help,
  onCloseHelp,
  blank,
  onUnblank,
  note,
}: Pick<Props, 't' | 'help' | 'onCloseHelp' | 'blank' | 'onUnblank' | 'note'>) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (help && !d.open) d.showModal();
    if (!help && d.open) d.close();
  }, [help]);
  return (
    <>
      <dialog ref={dialog} className="keys" aria-label={t.keysTitle} onClose={onCloseHelp}>
        <h2>{t.keysTitle}</h2>
        <dl>
          {t.keys.map(([k, what]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={onCloseHelp}>
          {t.close}
        </button>
      </dialog>
      {blank && (
        <div
          className="blank"
          role="button"
          tabIndex={0}
          aria-label={t.blanked}
          onClick={onUnblank}
          onKeyDown={(e) => e.key === 'Enter' && onUnblank()}
        >
          <span className="sr-only">{t.blanked}</span>
        </div>
      )}
      {note && (
        <p className="toast" role="status">
          {note}
        </p>
      )}
    </>
  );
}
