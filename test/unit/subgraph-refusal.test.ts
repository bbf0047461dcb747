import { answerRefusal, refusalIn, SubgraphRefusal } from '../../gateway/src/subgraph-refusal';

const refused = { message: 'Invalid period "2024-13": use a year such as 2024 or a quarter such as 2024-Q3', extensions: { code: 'BAD_USER_INPUT' } };

describe("a subgraph's refusal of the caller's input", () => {
  it('is an HTTP 400 whose every error is BAD_USER_INPUT, and becomes the answer with those errors and no data', () => {
    const other = { message: 'Variable "$p" got invalid value "x"; Invalid period "x": …', extensions: { code: 'BAD_USER_INPUT' } };
    const refusal = refusalIn(400, { errors: [refused, other] });
    expect(refusal).toBeInstanceOf(SubgraphRefusal);
    expect(refusal?.extensions.code).toBe('BAD_USER_INPUT');
    expect(answerRefusal(refusal)).toEqual({ errors: [refused, other] });
  });

  it.each([
    ['a 500', 500, { errors: [refused] }],
    ['a 400 with a validation error beside it', 400, { errors: [refused, { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }],
    ['a 400 with an error without a code', 400, { errors: [{ message: 'Bad Request' }] }],
    ['a 400 without errors', 400, { errors: [] }],
    ['a 400 with a text body', 400, 'Bad Request'],
    ['a 400 with no body', 400, undefined],
  ])('is not %s, which stays a failure', (_what, status, body) => {
    expect(refusalIn(status, body)).toBeNull();
  });

  it('throws any other error on', () => {
    const failure = new Error('ECONNREFUSED');
    expect(() => answerRefusal(failure)).toThrow(failure);
  });
});
