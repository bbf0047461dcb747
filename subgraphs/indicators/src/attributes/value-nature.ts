import { registerEnumType } from 'type-graphql';

/** How a value came about, with the codes of the UN SDG Global Database's NATURE attribute. */
export enum ValueNature {
  C = 'C',
  CA = 'CA',
  E = 'E',
  M = 'M',
  G = 'G',
  N = 'N',
}

registerEnumType(ValueNature, {
  name: 'ValueNature',
  description:
    "How a value came about: the codes of the UN SDG Global Database's NATURE attribute, read for a city ('country' there is the city's own statistical system here). Null on a value means its nature was not stated.",
  valuesConfig: {
    C: { description: "City data: produced and published by the city's own statistical system (statistics bureau or the department responsible)." },
    CA: { description: 'City data, adjusted: the city produced it, and it was adjusted (by the submitter or an agency) so that it compares with other cities.' },
    E: { description: "Estimated: derived from the city's data where the figure itself is not measured (for example interpolated between surveys, or grossed up from a sample)." },
    M: { description: 'Modelled: produced by a model where the city has no data of its own for the figure.' },
    G: { description: 'Global (or national) monitoring data: produced by a designated monitoring agency from the data it collects, not by the city.' },
    N: { description: 'Not relevant: the indicator does not apply to this city; the value is not a measurement.' },
  },
});
