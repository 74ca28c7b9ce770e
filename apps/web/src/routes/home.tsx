import { HealthPanel } from "../components/health-panel";

export function HomePage() {
  return (
    <>
      <h1>Pagewise</h1>
      <p className="lead">Documentation you can read, search and ask questions of.</p>
      <HealthPanel />
    </>
  );
}
