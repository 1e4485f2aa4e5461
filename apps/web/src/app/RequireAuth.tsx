import { Container } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../api/queries.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";

/** Pages behind sign-in: a signed-out visitor goes to /login and comes back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError)
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
