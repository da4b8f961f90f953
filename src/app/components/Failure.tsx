/** A failure said the same way everywhere: what failed, the reason as the browser gave it, and Retry. */
interface Props {
  what: string;
  message: string;
  retry: string;
  onRetry: () => void;
}

export function Failure({ what, message, retry, onRetry }: Props) {
  return (
    <div className="error" role="alert">
      <p>
        {what} <code>{message}</code>
      </p>
      <button type="button" onClick={onRetry}>
        {retry}
      </button>
    </div>
  );
}
