/** The first lines of a results file: what was measured, when (UTC date of the start) and by which command. */
export function resultsHeading(title: string, startedAt: string, command: string): string {
  return `# ${title}, ${startedAt.slice(0, 10)}\n\nMeasured by \`${command}\`, started ${startedAt}.\n`;
}

/** The npm command that ran this process, as a reader would type it again. */
export function npmCommand(script: string, args: readonly string[] = process.argv.slice(2)): string {
  return args.length === 0 ? `npm run ${script}` : `npm run ${script} -- ${args.join(' ')}`;
}
