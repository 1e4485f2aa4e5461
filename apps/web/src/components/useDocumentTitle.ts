import { useEffect } from "react";

/** Names the browser tab after the page, so that screen readers and history say where we are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Terrain` : "Terrain";
  }, [title]);
}
