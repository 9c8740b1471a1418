/** Saves a blob or text as a file through a temporary link (the browser's download). */
export function saveFile(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug of a label (keeps Chinese characters). */
export function toFileSlug(label: string): string {
  return label.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'export';
}
