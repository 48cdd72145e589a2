/**
 * The pages the tests read: the annotated corpus beside the repository
 * (../shared/corpus, absent on some machines) and the bundled examples.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root folder. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The corpus folder, beside the repository. */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
/** Whether the corpus is there (tests that need it skip, and say so, without it). */
export const CORPUS_PRESENT = existsSync(CORPUS);

/** The corpus pages' file names, sorted (its README is not a page); [] without the corpus. */
export const corpusFiles = (): string[] =>
  CORPUS_PRESENT ? readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];

/** The text of a corpus file. */
export const readCorpus = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');

/** The bundled example pages as [file name, text], sorted. */
export const examplePages = (): [string, string][] =>
  readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => [f, readFileSync(join(ROOT, 'examples', f), 'utf8')]);

/**
 * Every Markdown file at hand as [file name, text]: the corpus pages, the
 * corpus's README (Markdown too) and the examples. For checks of the Markdown
 * layer, where any real Markdown is a case.
 */
export const markdownSamples = (): [string, string][] => [
  ...[...corpusFiles(), ...(CORPUS_PRESENT ? ['README.md'] : [])].map((f): [string, string] => [f, readCorpus(f)]),
  ...examplePages(),
];
