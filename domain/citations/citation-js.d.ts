/**
 * The small part of citation-js 0.7 that domain/citations uses. The packages ship no types.
 * Only citation-engine.ts imports these modules; everything else goes through it.
 */
declare module "@citation-js/core" {
  export interface ChainOptions {
    /** Skip type detection: the input is parsed as exactly this type (no guessing, so no network). */
    forceType?: string;
    generateGraph?: boolean;
    strict?: boolean;
    target?: string;
  }

  export const plugins: {
    input: {
      chain(input: unknown, options?: ChainOptions): Array<Record<string, unknown>>;
    };
    output: {
      format(name: string, data: ReadonlyArray<Record<string, unknown>>, options?: Record<string, unknown>): unknown;
    };
    config: {
      get(plugin: string): unknown;
    };
  };

  export const logger: {
    level: string;
    _log?: unknown[];
  };
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
