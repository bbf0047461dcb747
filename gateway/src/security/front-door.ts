import type express from 'express';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '@ugf/runtime';
import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { requestIdOf } from './http-hardening';

/**
 * Runs the counting limits (depth, aliases, directives) on the operation before Apollo Server validates
 * it in full: graphql-js's full validation of a thousand aliases takes longer than the counting that
 * refuses them. A query text longer than `maxLength` is refused unread (parsing up to the token limit alone
 * takes milliseconds); a document that does not parse (or has more tokens than allowed) is answered here
 * too, as Apollo Server would, instead of being parsed a second time. Query texts that passed are
 * remembered (up to a few megabytes of them), so a repeated query is not parsed here again: Apollo Server
 * keeps its own parsed documents.
 */
export function frontDoor(options: {
  rules: readonly ValidationRule[];
  maxTokens: number;
  maxLength: number;
  schema: () => GraphQLSchema | undefined;
  onRefusal(code: string): void;
}): express.RequestHandler {
  const refuse = (res: express.Response, code: string, errors: readonly Pick<GraphQLError, 'message' | 'locations'>[], status = 400) => {
    options.onRefusal(code);
    res.status(status).json({ errors: errors.map((error) => ({ message: error.message, locations: error.locations, extensions: { code, requestId: requestIdOf(res) } })) });
  };
  const passed = new LRUCache<string, true>({ maxSize: 4_000_000, sizeCalculation: (_value, query) => query.length });
  return (req, res, next) => {
    const source: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const schema = options.schema();
    if (typeof source !== 'string' || !schema) return next();
    if (passed.has(source)) return next();
    if (source.length > options.maxLength) return refuse(res, ErrorCode.PAYLOAD_TOO_LARGE, [{ message: `The query text is longer than ${options.maxLength} characters.`, locations: undefined }], 413);
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: options.maxTokens });
    } catch (error) {
      return refuse(res, ErrorCode.GRAPHQL_PARSE_FAILED, [error as GraphQLError]);
    }
    const errors = validate(schema, document, options.rules, { maxErrors: 1 });
    if (errors.length > 0) return refuse(res, ErrorCode.GRAPHQL_VALIDATION_FAILED, errors);
    passed.set(source, true);
    next();
  };
}
