declare module 'virtual:example-operations' {
  const examples: { name: string; title: string; query: string; variables?: Record<string, unknown> }[];
  export default examples;
}
