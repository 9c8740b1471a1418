import { describeError, ApiError } from '../api/client.ts';

export function Loading({ what }: { what: string }) {
  return (
    <div className="loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

export function ErrorMessage({ error, onRetry, testId = 'error' }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const code = error instanceof ApiError ? error.code : 'error';
  return (
    <div className={`error-message error-${code}`} role="alert" data-testid={testId} data-error-code={code}>
      <strong>{code === 'write_refused' ? 'Write refused' : code === 'api_unreachable' ? 'API unreachable' : code === 'neo4j_unavailable' ? 'Neo4j down' : 'Error'}</strong>
      <span>{describeError(error)}</span>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
