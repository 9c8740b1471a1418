/**
 * Search with autocomplete over names, aliases, pinyin and initials (the API
 * matches; this groups the hits by type with counts). A combobox: arrows move,
 * Enter picks, Escape closes.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchResponse } from '@reportgraph/graph-api/contract';
import { fetchSearch, isAbortError } from '../api/client.ts';
import { NODE_KIND_STYLES, NODE_KINDS, isNodeKind } from '../graph/type-styles.ts';
import { ErrorMessage } from './StatusMessages.tsx';

export interface SearchBoxProps {
  onPick: (hit: SearchHit) => void;
  types?: readonly string[];
  placeholder?: string;
  label?: string;
  testId?: string;
}

const DEBOUNCE_MS = 150;

export function SearchBox({ onPick, types, placeholder = '搜索：放管服 / fangguanfu / fgf', label = 'Search the graph', testId = 'search' }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<SearchResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const typesKey = types?.join(',') ?? '';

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setResult(null);
      setError(null);
      setLoading(false);
      return undefined;
    }
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      fetchSearch(q, { types: typesKey ? typesKey.split(',') : undefined, limit: 40, signal: controller.signal }).then(
        (r) => {
          setResult(r);
          setError(null);
          setLoading(false);
          setActive(0);
        },
        (e: unknown) => {
          if (isAbortError(e) || controller.signal.aborted) return;
          setError(e);
          setResult(null);
          setLoading(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, typesKey]);

  // Hits in display order: grouped by kind, kinds in the legend's order.
  const groups = useMemo(() => {
    const hits = result?.hits ?? [];
    return NODE_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind), total: result?.typeCounts[kind] ?? 0 })).filter((g) => g.hits.length > 0);
  }, [result]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  function pick(hit: SearchHit | undefined) {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(ordered.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(ordered[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const showList = open && text.trim().length > 0;
  const activeHit = ordered[active];
  return (
    <div className="search-box" data-testid={testId}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && activeHit ? `${listId}-${active}` : undefined}
        data-testid={`${testId}-input`}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <div className="search-popup" data-testid={`${testId}-results`}>
          {loading ? (
            <div className="search-status" role="status" data-testid="loading">
              <span className="spinner" aria-hidden="true" /> Searching…
            </div>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
          {!loading && !error && result && ordered.length === 0 ? <div className="search-status">No match for “{result.query}”.</div> : null}
          {result && ordered.length > 0 ? (
            <div className="search-summary">
              {result.total} match{result.total === 1 ? '' : 'es'}
              {Object.entries(result.typeCounts)
                .filter(([, n]) => n > 0)
                .map(([kind, n]) => (
                  <span key={kind} className="count-chip">
                    {isNodeKind(kind) ? NODE_KIND_STYLES[kind].name : kind} {n}
                  </span>
                ))}
            </div>
          ) : null}
          <ul id={listId} role="listbox" aria-label="Search results">
            {groups.map((g) => (
              <li key={g.kind} role="presentation">
                <div className="search-group" role="presentation" data-testid="search-group" data-kind={g.kind}>
                  <span className="kind-dot" style={{ background: NODE_KIND_STYLES[g.kind].color }} aria-hidden="true" />
                  {NODE_KIND_STYLES[g.kind].name} <span className="muted">{g.kind}</span> <span className="count">{g.total || g.hits.length}</span>
                </div>
                <ul role="presentation">
                  {g.hits.map((hit) => {
                    const index = ordered.indexOf(hit);
                    return (
                      <li
                        key={hit.id}
                        id={`${listId}-${index}`}
                        role="option"
                        aria-selected={index === active}
                        className={index === active ? 'search-hit active' : 'search-hit'}
                        data-testid={`${testId}-hit`}
                        data-id={hit.id}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseEnter={() => setActive(index)}
                        onClick={() => pick(hit)}
                      >
                        <span className="hit-label">{hit.label}</span>
                        {hit.matchedBy && hit.matchedBy !== 'name' && hit.matchedBy !== 'id' ? (
                          <span className="hit-match">
                            {hit.matchedBy}
                            {hit.matchedText && hit.matchedText !== hit.label ? `: ${hit.matchedText}` : ''}
                          </span>
                        ) : null}
                        <span className="hit-count" title="mentions / reports">
                          {hit.mentionCount}× · {hit.reportCount} reports
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
