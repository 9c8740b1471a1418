import { splitHighlights } from '../graph/highlight.ts';

/** A sentence with the entity's name and aliases marked. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {splitHighlights(text, terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** Evidence sentences as a list, each with the entity's names marked. */
export function EvidenceSentences({ sentences, terms }: { sentences: readonly string[]; terms: readonly string[] }) {
  return (
    <ul className="sentences">
      {sentences.map((s, i) => (
        <li key={i} className="sentence" data-testid="evidence-sentence">
          <Highlighted text={s} terms={terms} />
        </li>
      ))}
    </ul>
  );
}
