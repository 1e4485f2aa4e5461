import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * One change of the team (role, removal, invitation): marks the element busy, clears then
 * reports the error in French through `onError`, and refreshes the queries it affects.
 */
export function useTeamAction(onError: (message: string | null) => void, failedKey = "team.actionFailed") {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, request: () => Promise<unknown>, refresh: string[][]): Promise<boolean> => {
    setBusy(key);
    onError(null);
    try {
      await request();
      for (const queryKey of refresh) await queryClient.invalidateQueries({ queryKey });
      return true;
    } catch (e) {
      onError(t(failedKey, { message: e instanceof Error ? e.message : String(e) }));
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
