/**
 * Sends one file as multipart with XMLHttpRequest (fetch reports no upload progress) and
 * resolves with the JSON answer; rejects with the server's French message.
 */
export function sendFile<T>(
  url: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const error = (body as { error?: { message?: string }; message?: string } | null) ?? {};
        reject(new Error(error.error?.message ?? error.message ?? `HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(form);
  });
}
