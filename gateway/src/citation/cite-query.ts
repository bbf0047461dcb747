/** What a citation asks the graph: the data version at the cited instant (now when the URL names none). */
export const VERSION_QUERY = 'query CiteDataVersion($asOf: DateTimeISO) { dataVersion(asOf: $asOf) { id changedAt asOf } }';
