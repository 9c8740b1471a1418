/** Parsing requests with the contract schemas: the one place that turns zod issues into 400s. */
import type { z } from 'zod';
import { BadRequestError, type ParamIssue } from './errors.ts';

export type InputPart = 'query' | 'params' | 'body';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, part: InputPart): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details: ParamIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    return { param: path[0] ?? part, path: path.length > 0 ? path.join('.') : part, message: issue.message };
  });
  const first = details[0];
  const where = part === 'body' ? 'body field' : part === 'params' ? 'path parameter' : 'query parameter';
  const message = first ? `invalid ${where} '${first.path}': ${first.message}` : `invalid ${part}`;
  throw new BadRequestError(message, details);
}
