/** An error answered by the Terrain API: `{ error: { code, message, details } }`, or a bare status. */
export interface ApiError extends Error {
  status: number;
  code: string;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && typeof (error as Partial<ApiError>).status === "number";
}

function apiError(status: number, code: string, message: string): ApiError {
  return Object.assign(new Error(message), { name: "ApiError", status, code });
}

/**
 * Calls the API on the same origin with the session cookie. JSON in, JSON out; a non-2xx
 * answer throws an ApiError carrying the server's French message when there is one.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "same-origin",
    headers:
      init.body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    const fallback = (data as { code?: string; message?: string } | null) ?? {};
    throw apiError(
      response.status,
      error?.code ?? fallback.code ?? String(response.status),
      error?.message ?? fallback.message ?? response.statusText,
    );
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
