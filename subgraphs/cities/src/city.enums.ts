import { registerEnumType } from 'type-graphql';

export enum Region {
  EASTERN = 'EASTERN',
  CENTRAL = 'CENTRAL',
  WESTERN = 'WESTERN',
  NORTHEASTERN = 'NORTHEASTERN',
}

export enum AdminLevel {
  MUNICIPALITY = 'MUNICIPALITY',
  SUB_PROVINCIAL_CITY = 'SUB_PROVINCIAL_CITY',
  PROVINCIAL_CAPITAL = 'PROVINCIAL_CAPITAL',
  PREFECTURE_LEVEL_CITY = 'PREFECTURE_LEVEL_CITY',
  NATIONAL_NEW_AREA = 'NATIONAL_NEW_AREA',
}

export enum PopulationBasis {
  RESIDENT = 'RESIDENT',
  REGISTERED = 'REGISTERED',
}

registerEnumType(Region, {
  name: 'Region',
  description: "The National Bureau of Statistics' four economic regions of mainland China.",
});
registerEnumType(AdminLevel, {
  name: 'AdminLevel',
  description: 'Administrative level of the city in the Chinese system.',
  valuesConfig: {
    MUNICIPALITY: { description: 'Municipality directly under the central government (直辖市).' },
    SUB_PROVINCIAL_CITY: { description: 'Sub-provincial city (副省级城市); may also be a provincial capital.' },
    PROVINCIAL_CAPITAL: { description: 'Capital of a province or autonomous region that is not sub-provincial (省会).' },
    PREFECTURE_LEVEL_CITY: { description: 'Other prefecture-level city (地级市).' },
    NATIONAL_NEW_AREA: { description: "State-level new area (国家级新区) such as Xiong'an." },
  },
});
registerEnumType(PopulationBasis, {
  name: 'PopulationBasis',
  description: 'Which population a figure counts: resident (常住) or registered household (户籍).',
});
