/**
 * A part of the page loaded on demand (its own chunk) that fails to arrive — a chunk gone after a new
 * deploy, offline without a cache — shows `fallback` in its place; without this, React would take the
 * whole page down with it.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

export class LoadBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
