declare module 'virtual:readme-queries' {
  const examples: { title: string; query: string }[];
  export default examples;
}
