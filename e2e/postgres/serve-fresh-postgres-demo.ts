/**
 * The end-to-end server on PostgreSQL: a fresh database `cc_e2e_<port>` on the cluster of
 * TEST_POSTGRES_URL (default: scripts/pg/start-cluster.sh's), then `npm start`'s script with
 * SEED_DEMO=1, exactly as production would run it.
 */
import { createScratchDatabase, postgresServerUrl } from "../../scripts/pg/scratch-database";

const port = process.env.PORT ?? "3100";
process.env.DATABASE_URL = await createScratchDatabase(`cc_e2e_${port}`, postgresServerUrl());
process.env.SEED_DEMO = "1";
await import("../../scripts/start");
