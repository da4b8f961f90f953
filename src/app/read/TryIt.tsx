/** The small exercise that ends each section: what to try, and the control to try it with. */
import type { ReactNode } from 'react';

export function TryIt({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <section className="try-it" aria-label={title}>
      <h3>{title}</h3>
      <p>{hint}</p>
      {children}
    </section>
  );
}
