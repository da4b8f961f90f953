/**
 * The guided reading (导读): one section of the article's story at a time — a few sentences in our own
 * words, the formula, and a live widget from the running models with one thing to try — then back / next.
 * Every move is a `setRead` command through `reduceView`, like every other change of the view.
 */
import { Fragment } from 'react';
import { READ_SECTIONS } from '../../core/choices';
import { LoadStatus } from '../components/LoadStatus';
import { Tex } from '../components/Tex';
import type { ExplorerState } from '../useExplorer';
import { useFitZoom } from '../useFitZoom';
import { DecoderWidget } from './DecoderWidget';
import { DistractedWidget } from './DistractedWidget';
import { EncoderWidget } from './EncoderWidget';
import { readSections, type SectionId } from './sections';
import { QueryKeyValueWidget } from './QueryKeyValueWidget';
import { SoftAttentionWidget } from './SoftAttentionWidget';
import './read.css';

/** The article's formulas, quoted after a section's first paragraph. */
const formulas: Partial<Record<SectionId, { tex: string; label: string }[]>> = {
  encoderDecoder: [{ tex: String.raw`y_i = G(C,\; y_1, y_2, \ldots, y_{i-1})`, label: 'y_i = G(C, y_1, …, y_(i-1))' }],
  distracted: [{ tex: String.raw`C_1 = C_2 = \cdots = C_{T_y} = C`, label: 'C_1 = C_2 = … = C' }],
  softAttention: [{ tex: String.raw`y_i = G(C_i,\; y_1, y_2, \ldots, y_{i-1})`, label: 'y_i = G(C_i, y_1, …, y_(i-1))' }],
  context: [
    { tex: String.raw`C_i = \sum_{j=1}^{T_x} \alpha_{ij}\, h_j`, label: 'C_i = sum over j of alpha_ij h_j' },
    {
      tex: String.raw`\alpha_{ij} = \operatorname{softmax}_j\!\big(v^\top \tanh(W s_{i-1} + U h_j)\big)`,
      label: 'alpha_ij = softmax over j of v transposed tanh(W s_(i-1) + U h_j)',
    },
  ],
  queryKeyValue: [
    {
      tex: String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\Big(\frac{Q K^\top}{\sqrt{d}}\Big)\, V`,
      label: 'Attention(Q, K, V) = softmax(Q K transposed over root d) V',
    },
    {
      tex: String.raw`C_i = \sum_{j=1}^{T_x} \alpha_{ij}\, h_j,\quad \alpha_{ij} = \operatorname{softmax}_j\!\Big(\frac{q_i \cdot k_j}{\sqrt{d}}\Big)`,
      label: 'C_i = sum over j of alpha_ij h_j, alpha_ij = softmax over j of q_i dot k_j over root d',
    },
  ],
};

function Widget(props: ExplorerState & { id: SectionId }) {
  const hints = props.t.read.sections;
  switch (props.id) {
    case 'selective':
      return <EncoderWidget {...props} />;
    case 'encoderDecoder':
      return <DecoderWidget {...props} hint={hints.encoderDecoder.tryIt} />;
    case 'distracted':
      return <DistractedWidget {...props} />;
    case 'softAttention':
      return <SoftAttentionWidget {...props} />;
    case 'context':
      return <DecoderWidget {...props} hint={hints.context.tryIt} />;
    case 'queryKeyValue':
      return <QueryKeyValueWidget {...props} />;
  }
}

export function ReadMode(props: ExplorerState) {
  const { t, view, dispatch, runtime: rt } = props;
  const n = view.read ?? 1;
  const { id } = readSections[n - 1]!;
  const words = t.read.sections[id];
  // On a projector the widget is scaled to fit the screen beside the text, as the explorer's heatmap is.
  const x = props.explored;
  const fit = useFitZoom<HTMLDivElement>(
    view.projector,
    JSON.stringify([n, view.lang, view.mode, view.step, view.hover, x.attention?.tokens.length, x.distracted?.tokens.length]),
  );
  return (
    <main className="read">
      <nav className="read-nav" aria-label={t.read.nav}>
        <button
          type="button"
          onClick={() => dispatch({ command: 'setRead', section: 'back' })}
          disabled={n <= 1}
          aria-label={t.read.backLabel}
        >
          ← {t.read.back}
        </button>
        <ol className="read-dots">
          {readSections.map((s, k) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={k + 1 === n ? 'step' : undefined}
                aria-label={`${t.read.progressLabel(k + 1, READ_SECTIONS)}: ${t.read.sections[s.id].title}`}
                onClick={() => dispatch({ command: 'setRead', section: k + 1 })}
              />
            </li>
          ))}
        </ol>
        <p className="read-progress" aria-label={t.read.progressLabel(n, READ_SECTIONS)}>
          {t.read.progress(n, READ_SECTIONS)}
        </p>
        <button
          type="button"
          onClick={() => dispatch({ command: 'setRead', section: 'next' })}
          disabled={n >= READ_SECTIONS}
          aria-label={t.read.nextLabel}
        >
          {t.read.next} →
        </button>
      </nav>
      <LoadStatus
        t={t}
        load={rt.load}
        taskName={t.tasks[view.task]}
        contextLost={rt.backend?.reason === 'context-lost'}
        onRetry={rt.retry}
      />
      <article className={`read-section read-${id}`} aria-labelledby="read-title">
        <div className="read-text">
          <h2 id="read-title">
            <span className="read-number">{n}.</span> {words.title}
          </h2>
          {words.body.map((p, k) => (
            <Fragment key={k}>
              <p>{p}</p>
              {k === 0 &&
                formulas[id]?.map((f) => (
                  // Scrolls sideways on a phone, so it takes focus for keyboard users.
                  <p key={f.tex} className="read-formula" tabIndex={0} role="group" aria-label={f.label}>
                    <Tex tex={f.tex} label={f.label} />
                  </p>
                ))}
            </Fragment>
          ))}
          <p className="read-keys">{t.read.keysHint}</p>
        </div>
        <figure className="read-widget" aria-label={words.widget}>
          <figcaption>
            <strong>{t.read.widget}</strong> {words.widget}
          </figcaption>
          <div className="read-widget-body" ref={fit}>
            <div>
              <Widget {...props} id={id} />
            </div>
          </div>
        </figure>
      </article>
    </main>
  );
}
