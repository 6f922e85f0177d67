import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv";

/**
 * A runner for the W3C Web Annotation conformance assertions in
 * tests/fixtures/w3c-annotation-tests (vendored with its licence; see its README): ajv in draft-04 mode, non-strict,
 * definitions loaded first, then every assertion of a `.test` bundle evaluated against a
 * document and compared with the assertion's `expectedResult`.
 */

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const W3C_SUITE_DIR = resolve(PROJECT_ROOT, "tests/fixtures/w3c-annotation-tests");

export type MustsBundle = "annotations/annotationMusts.test" | "collections/collectionMusts.test" | "collections/pages/pageMusts.test";

export interface AssertionFailure {
  assertion: string;
  errorMessage: string;
  details: string;
}

interface Assertion {
  path: string;
  expectedResult: "valid" | "invalid";
  errorMessage: string;
  validate: ValidateFunction;
}

const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const URI_WITH_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;

export function readSuiteJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(W3C_SUITE_DIR, relativePath), "utf8"));
}

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addFormat("date-time", (value: string) => RFC3339_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
  ajv.addFormat("uri", (value: string) => URI_WITH_SCHEME.test(value));
  const definitionsDir = join(W3C_SUITE_DIR, "definitions");
  for (const file of readdirSync(definitionsDir).filter((name) => name.endsWith(".json")).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(definitionsDir, file), "utf8")) as object);
  }
  return ajv;
}

export class W3cAnnotationValidator {
  private readonly ajv = createAjv();
  private readonly bundles = new Map<MustsBundle, Assertion[]>();

  assertions(bundle: MustsBundle): Assertion[] {
    const cached = this.bundles.get(bundle);
    if (cached) return cached;
    const descriptor = readSuiteJson(bundle) as { assertions: string[] };
    const assertions = descriptor.assertions.map((path): Assertion => {
      const schema = readSuiteJson(path) as { expectedResult?: "valid" | "invalid"; errorMessage?: string };
      return {
        path,
        expectedResult: schema.expectedResult ?? "valid",
        errorMessage: schema.errorMessage ?? "",
        validate: this.ajv.compile(schema),
      };
    });
    this.bundles.set(bundle, assertions);
    return assertions;
  }

  /** The assertions of the bundle whose result differs from their expectedResult; empty when the document conforms. */
  failures(bundle: MustsBundle, document: unknown): AssertionFailure[] {
    return this.assertions(bundle).flatMap((assertion) => {
      const valid = assertion.validate(document) === true;
      if (valid === (assertion.expectedResult === "valid")) return [];
      return [{ assertion: assertion.path, errorMessage: assertion.errorMessage, details: this.ajv.errorsText(assertion.validate.errors) }];
    });
  }
}

/** Embedded pages and annotations inherit the collection's @context (model 5.1/5.2). */
export function withContext<T extends object>(context: unknown, item: T): T & { "@context": unknown } {
  return { "@context": context, ...item };
}
