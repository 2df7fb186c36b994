// Catches what a pane throws while rendering, so one pane that cannot draw
// never empties the window. The fallback gets the error and a way to retry;
// a change of `resetKey` (another entry, an edited body) retries by itself.
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  fallback: (error: unknown, retry: () => void) => ReactNode;
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: { value: unknown } | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: { value: error } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever reports the bug; the user sees the fallback.
    console.error('A pane failed to render', error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error.value, this.retry) : this.props.children;
  }
}
