/**
 * Prisma's schema engine as WebAssembly, driven through the same driver adapters as the app.
 * The Prisma CLI's migrate commands need a native engine that is downloaded at first use;
 * this runs the same engine without any download, in Prisma's standard migrations layout.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory, SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | null = null;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const packageDir = dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = readFileSync(join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

/** better-sqlite3 refuses several statements in one prepared query; migration scripts have many. */
function acceptMultiStatementScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && /more than one statement/i.test(String((error as Error)?.message ?? JSON.stringify(error)))) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (SQLite stays locked until then). */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  log: (message: string) => void = () => {},
): Promise<OpenSchemaEngine> {
  await loadWasm();
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return acceptMultiStatementScripts(adapter);
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  const datamodels: [string, string][] = [[schemaPath, readFileSync(schemaPath, "utf8")]];
  const engine = (await engineBindings.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(tracked))) as SchemaEngine;
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}
