/** Hands text to the browser as a file download named `name`. */
export function downloadFile(name: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** CSV text as a UTF-8 file download. */
export function downloadCsv(name: string, text: string): void {
  downloadFile(name, text, 'text/csv;charset=utf-8');
}
