// A throwaway database on a Postgres server, for test runs (the integration tests' global
// setup and the browser tests' server): created empty, dropped (with its connections) after.
import pg from "pg";

export interface ScratchDatabase {
  name: string;
  /** The server's URL with this database as its path. */
  url: string;
  drop: () => Promise<void>;
}

/** Creates `<prefix>_<time>_<pid>` on the server at serverUrl. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
