import { createBrowserRouter, Navigate } from "react-router";
import { PageLoader } from "../components/PageLoader.tsx";
import { CampaignLayout } from "./CampaignLayout.tsx";
import { HomeRedirect } from "./HomeRedirect.tsx";
import { RequireAuth } from "./RequireAuth.tsx";
import { RouteError } from "./RouteError.tsx";
import { Shell } from "./Shell.tsx";

/**
 * The routes of the desk app. Every page is its own chunk (loaded on first visit), so the
 * first load carries only the shell; the URL names the campaign (/campagnes/:campaignId/…).
 */
export const router = createBrowserRouter([
  {
    HydrateFallback: PageLoader,
    errorElement: <RouteError />,
    children: [
      {
        path: "/setup",
        lazy: async () => ({ Component: (await import("../pages/SetupPage.tsx")).SetupPage }),
      },
      {
        path: "/login",
        lazy: async () => ({ Component: (await import("../pages/LoginPage.tsx")).LoginPage }),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <Shell />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                path: "campagnes/nouvelle",
                lazy: async () => ({
                  Component: (await import("../pages/CreateCampaignPage.tsx")).CreateCampaignPage,
                }),
              },
              {
                path: "campagnes/:campaignId",
                element: <CampaignLayout />,
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import("../pages/DashboardPage.tsx")).DashboardPage,
                    }),
                  },
                  {
                    path: "carte",
                    lazy: async () => ({
                      Component: (await import("../pages/analysis/MapPage.tsx")).MapPage,
                    }),
                  },
                  {
                    path: "analyses",
                    lazy: async () => ({
                      Component: (await import("../pages/analysis/AnalysesPage.tsx")).AnalysesPage,
                    }),
                  },
                  {
                    path: "donnees",
                    lazy: async () => ({
                      Component: (await import("../pages/data/DataPage.tsx")).DataPage,
                    }),
                  },
                  {
                    path: "terrain",
                    lazy: async () => ({
                      Component: (await import("../pages/PlaceholderPages.tsx")).FieldPlaceholder,
                    }),
                  },
                  {
                    path: "personnes",
                    lazy: async () => ({
                      Component: (await import("../pages/people/PeoplePage.tsx")).PeoplePage,
                    }),
                  },
                  {
                    path: "personnes/import",
                    lazy: async () => ({
                      Component: (await import("../pages/people/ImportPage.tsx")).ImportPage,
                    }),
                  },
                  {
                    path: "personnes/doublons",
                    lazy: async () => ({
                      Component: (await import("../pages/people/MergePage.tsx")).MergePage,
                    }),
                  },
                  {
                    path: "personnes/:kind/:personId",
                    lazy: async () => ({
                      Component: (await import("../pages/people/PersonPage.tsx")).PersonPage,
                    }),
                  },
                  { path: "contacts", element: <Navigate to="../personnes" replace /> },
                  {
                    path: "equipe",
                    lazy: async () => ({ Component: (await import("../pages/TeamPage.tsx")).TeamPage }),
                  },
                ],
              },
              {
                path: "*",
                lazy: async () => ({ Component: (await import("../pages/NotFoundPage.tsx")).NotFoundPage }),
              },
            ],
          },
        ],
      },
    ],
  },
]);
