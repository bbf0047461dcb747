import fs from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { getNamedType, getNullableType, getOperationAST, isCompositeType, isListType, isObjectType, parse } from 'graphql';
import { LIST_SIZE, loadSettings } from '@ugf/runtime';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig } from '../../gateway/src/config';
import { estimateAnswerCost } from '../../gateway/src/security/answer-cost';
import { readListSizes } from '../../gateway/src/security/list-sizes';

const sdl = fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
const sizes = readListSizes(sdl);
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return estimateAnswerCost(schema, sizes, document, getOperationAST(document)!, variables);
};

describe('the answer cost estimate', () => {
  it('bounds every list of objects in the API: by its own @listSize, or as the sized field of its parent', () => {
    const sizedChildren = new Set([...sizes.values()].flatMap((size) => size.sizedFields));
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) continue;
        if (!sizes.has(`${type.name}.${field.name}`) && !sizedChildren.has(field.name)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('counts an object as 1 and a scalar as 0, and multiplies a list by its bound', () => {
    expect(cost('{ cities { id name } }')).toBe(LIST_SIZE.cities);
    expect(cost('{ cities { id peers { id } } }')).toBe(LIST_SIZE.cities * (1 + LIST_SIZE.peers));
    expect(cost('{ city(id: "beijing") { name } }')).toBe(1);
  });

  it('sizes a page by its first argument, also from a variable, and the default page otherwise', () => {
    expect(cost('{ cases(first: 5) { totalCount nodes { id city { id } } } }')).toBe(1 + 5 * 2);
    expect(cost('query ($n: Int!) { cases(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ cases { nodes { id } } }')).toBe(1 + 20);
  });

  it('sizes the latest revisions by `last`', () => {
    expect(cost('{ city(id: "x") { observations(first: 2) { nodes { revisions(last: 3) { value } } } } }')).toBe(1 + 1 + 2 * (1 + 3));
  });

  it('sizes a comparison by the cities, indicators and periods it asks for', () => {
    const query = '{ comparison(cityIds: ["a", "b", "c"], indicatorCodes: ["x", "y"], periods: ["2023", "2024"]) { cells { value } } }';
    expect(cost(query)).toBe(1 + 3 * 2 * 2);
  });

  it("sizes a period's availability by its bound and the parts of each breakdown, well under the default limit", () => {
    const { maxCost } = loadGatewayConfig(loadSettings({})).limits;
    const query = '{ availability(period: "2024") { cityId indicatorCode breakdown { dimension code label labelZh } } }';
    expect(cost(query)).toBe(LIST_SIZE.availability * (1 + LIST_SIZE.breakdownParts));
    expect(cost(query)).toBeLessThanOrEqual(maxCost);
  });

  it('lets a client read every code list with the cities of its districts as ids, not as City objects, under the default limit', () => {
    const { maxCost } = loadGatewayConfig(loadSettings({})).limits;
    expect(cost('{ dimensions { id codes { code label labelZh cityId } } }')).toBeLessThanOrEqual(maxCost);
    expect(cost('{ dimensions { id codes { code label labelZh city { id } } } }')).toBeGreaterThan(maxCost);
  });

  it('follows fragments, named and inline', () => {
    expect(cost('{ cities { ...C } } fragment C on City { peers { id } ... on City { peers { id } } }')).toBe(LIST_SIZE.cities * (1 + 2 * LIST_SIZE.peers));
  });

  it('puts the nested peers query of the security review far above the default limit, and a city-by-city dump of one period under it', () => {
    const { maxCost } = loadGatewayConfig(loadSettings({})).limits;
    const peers = 'peers { id observations { nodes { value revisions { value } } } }';
    const nested = `{ cities { ${peers.replace(/ }$/, ` ${peers} }`)} } }`;
    expect(cost(nested)).toBeGreaterThan(maxCost * 100);
    expect(cost('{ cities { name observations(period: "2024") { nodes { value indicator { code } } } } }')).toBeLessThanOrEqual(maxCost);
  });
});
