import { GraphQLError } from 'graphql';
import { badUserInput, keepInputRefusalCode } from '@ugf/runtime';

const validationError = (originalError?: Error) => new GraphQLError('Invalid period "2024-13": use …', { originalError, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
const formatted = (error: GraphQLError) => error.toJSON();

describe('keepInputRefusalCode', () => {
  it("gives a scalar's refusal of a literal its BAD_USER_INPUT back", () => {
    const error = validationError(badUserInput('Invalid period "2024-13": use …'));
    expect(keepInputRefusalCode(formatted(error), error)).toEqual({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('leaves other validation errors, and errors of other codes, as they are', () => {
    const unknownField = validationError();
    expect(keepInputRefusalCode(formatted(unknownField), unknownField)).toEqual(formatted(unknownField));
    const plainCause = validationError(new Error('Expected a string'));
    expect(keepInputRefusalCode(formatted(plainCause), plainCause)).toEqual(formatted(plainCause));
    const forbidden = new GraphQLError('no', { originalError: badUserInput('x'), extensions: { code: 'FORBIDDEN' } });
    expect(keepInputRefusalCode(formatted(forbidden), forbidden).extensions?.code).toBe('FORBIDDEN');
  });
});
