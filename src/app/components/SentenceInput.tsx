/** The sentence box, example chips, and the grammar's verdict on what was typed (calm, never clearing it). */
import type { Check } from '../../data/check';
import type { Task } from '../../data/tasks';
import { monthNames } from '../../data/dates/datesGrammar';
import { ambiguousReading, type Reading } from '../../data/dates/reading';
import type { Dict } from '../i18n';
import { examples as taskExamples } from '../examples';
import { typedWord, visible } from '../../viz/typedText';

interface Props {
  t: Dict;
  task: Task;
  text: string;
  onText: (s: string) => void;
  examples: string[];
  check: Check;
  /** The text `check` is about (the typed text when typing last paused). */
  checkedText: string;
}

export function SentenceInput({ t, task, text, onText, examples, check, checkedText }: Props) {
  return (
    <section className="input" aria-label={t.sentence}>
      <label className="sentence-label" htmlFor="sentence">
        {t.sentence}
      </label>
      <textarea
        id="sentence"
        lang={task.id === 'en-zh' ? 'en' : undefined}
        value={text}
        rows={2}
        spellCheck={false}
        placeholder={t.sentencePlaceholder[task.id]}
        onChange={(e) => onText(e.target.value)}
        // One sentence, translated as it is typed: Enter adds no line break (an IME's Enter still commits its word).
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) e.preventDefault();
        }}
        aria-describedby="verdict"
      />
      <div className="chips" role="group" aria-label={t.examples}>
        {examples.map((ex) => (
          <button
            key={ex}
            type="button"
            className={ex === text ? 'chip on' : 'chip'}
            onClick={() => onText(ex)}
            lang={task.id === 'en-zh' ? 'en' : undefined}
          >
            {ex.length > 48 ? `${ex.slice(0, 46)}…` : ex}
          </button>
        ))}
      </div>
      <p id="verdict" className={`verdict ${check.kind}`} role="status">
        <Verdict t={t} task={task} check={check} text={checkedText} onText={onText} />
      </p>
    </section>
  );
}

/** `February 12, 2026` / `2026年2月12日`. */
const longDate = ({ year, month, day }: Reading, lang: 'en' | 'zh') =>
  lang === 'zh' ? `${year}年${month}月${day}日` : `${capitalised(monthNames[month - 1]!)} ${day}, ${year}`;
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Unknown words named in the message; more are counted (“and 2 more”). */
const MAX_UNKNOWN = 6;

export function Verdict({ t, task, check, text, onText }: Omit<Props, 'examples' | 'checkedText'>) {
  const m = t.messages;
  switch (check.kind) {
    case 'empty':
      return <>{task.characters ? m.emptyDate : m.empty}</>;
    case 'chinese':
      return (
        <>
          {m.chinese}{' '}
          <button type="button" className="link" lang="en" onClick={() => onText(taskExamples[task.id][0]!)}>
            {taskExamples[task.id][0]}
          </button>
        </>
      );
    case 'too-long':
      return <>{m.tooLong(check.tokens.tokens.length, check.max)}</>;
    case 'unknown': {
      // Each unknown word once (`<b>x</b>` holds `<` twice), the first few of them; drawn visibly and
      // isolated, so an invisible or right-to-left one can't hide or reorder the sentence around it.
      const distinct = check.unknown.filter((u, i) => check.unknown.findIndex((v) => v.token === u.token) === i);
      const shown = distinct.slice(0, MAX_UNKNOWN);
      const names =
        shown.map((u) => `“${typedWord(u.token)}”`).join(', ') +
        (distinct.length > shown.length ? m.more(distinct.length - shown.length) : '');
      return (
        <>
          {m.unknown(names)}{' '}
          {shown
            .filter((u) => u.suggestions.length)
            .map((u) => (
              <span key={u.index} className="suggest">
                “{typedWord(u.token)}” — {m.didYouMean}{' '}
                {u.suggestions.map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="link"
                    onClick={() => onText(text.slice(0, u.span[0]) + s + text.slice(u.span[1]))}
                  >
                    {/* A character on its own (a comma, a space) is a small target: its quotes make it one to click. */}
                    {task.characters ? `“${visible(s)}”` : visible(s)}
                  </button>
                ))}
                ?{' '}
              </span>
            ))}
        </>
      );
    }
    case 'outside':
      return (
        <>
          <strong>{m.outside}</strong> {check.reason[t.lang]}{' '}
          {check.suggestion && (
            <>
              {m.suggestion}:{' '}
              <button type="button" className="link" lang="en" onClick={() => onText(check.suggestion!)}>
                {check.suggestion}
              </button>{' '}
            </>
          )}
          {m.outsideNote}
        </>
      );
    case 'ok': {
      const reading = task.id === 'dates' ? ambiguousReading(text, check.reference) : null;
      return (
        <>
          {m.inLanguage}
          {check.tokens.added !== undefined && <> {m.markAdded(check.tokens.tokens[check.tokens.added]!)}</>}
          {reading && (
            <>
              {t.lang === 'zh' ? '' : ' '}
              {m.readAs(longDate(reading, t.lang), reading.monthFirst)}{' '}
              <button type="button" className="link" onClick={() => onText(reading.other)}>
                {reading.other}
              </button>
              {t.lang === 'zh' ? '。' : '.'}
            </>
          )}
        </>
      );
    }
  }
}
