// Technologies a CV line may name, tagged by the positions they matter most for.
import type { Position } from '../../../domain/types.js';

/** Canonical technology names (lower case) and the positions they are most relevant to. */
const TECHNOLOGIES: Record<Position, string[]> = {
  ai: [
    'python',
    'pytorch',
    'tensorflow',
    'keras',
    'scikit-learn',
    'sklearn',
    'pandas',
    'numpy',
    'hugging face',
    'transformers',
    'bert',
    'gpt',
    'llm',
    'langchain',
    'xgboost',
    'lightgbm',
    'opencv',
    'cuda',
    'spark',
    'airflow',
    'mlflow',
    'jupyter',
    'yolo',
    'rag',
    'cnn',
    'lstm',
    'nlp',
    'computer vision',
    'machine learning',
    'deep learning',
    '머신러닝',
    '딥러닝',
    '자연어 처리',
  ],
  be: [
    'java',
    'spring boot',
    'spring',
    'golang',
    'node.js',
    'express.js',
    'nestjs',
    'django',
    'flask',
    'fastapi',
    'postgresql',
    'postgres',
    'mysql',
    'mariadb',
    'mongodb',
    'redis',
    'kafka',
    'rabbitmq',
    'elasticsearch',
    'docker',
    'kubernetes',
    'k8s',
    'aws',
    'gcp',
    'azure',
    'terraform',
    'nginx',
    'grpc',
    'graphql',
    'rest api',
    'restful',
    'microservices',
    'ci/cd',
    'jenkins',
    'github actions',
    'linux',
    'sql',
    'rust',
    'c++',
    'c#',
    '.net',
    'ruby on rails',
  ],
  fe: [
    'javascript',
    'typescript',
    'react',
    'next.js',
    'vue',
    'nuxt',
    'angular',
    'svelte',
    'redux',
    'webpack',
    'vite',
    'html',
    'css',
    'sass',
    'tailwind',
    'storybook',
    'jest',
    'cypress',
    'playwright',
    'web vitals',
    'pwa',
    'webgl',
  ],
  mobile: [
    'swiftui',
    'swift',
    'objective-c',
    'kotlin',
    'android',
    'ios',
    'jetpack compose',
    'flutter',
    'dart',
    'react native',
    'xcode',
    'firebase',
    'realm',
    'core data',
    'fastlane',
    'testflight',
    'app store',
    'play store',
  ],
};

/** A technology found in a line: its text as written and whether it suits the position. */
export interface TechMention {
  text: string;
  relevant: boolean;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const MATCHERS = (Object.entries(TECHNOLOGIES) as [Position, string[]][]).flatMap(([position, names]) =>
  names.map((name) => ({
    position,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}+#])`, 'iu'),
  })),
);

/** The technologies `line` names, without overlaps (the longer name wins), in the order they appear. */
export function findTechnologies(line: string, position: Position): TechMention[] {
  const hits: { start: number; end: number; relevant: boolean }[] = [];
  for (const matcher of MATCHERS) {
    const match = matcher.pattern.exec(line);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    const overlapping = hits.findIndex((hit) => start < hit.end && hit.start < end);
    const relevant = matcher.position === position;
    if (overlapping === -1) hits.push({ start, end, relevant });
    else if (end - start > hits[overlapping]!.end - hits[overlapping]!.start)
      hits[overlapping] = { start, end, relevant };
    else if (relevant && hits[overlapping]!.start === start) hits[overlapping]!.relevant = true;
  }
  return hits
    .sort((a, b) => a.start - b.start)
    .map((hit) => ({ text: line.slice(hit.start, hit.end), relevant: hit.relevant }));
}
