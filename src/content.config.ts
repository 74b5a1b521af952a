import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { articlesLoader } from './articles/loader.ts';
import { normalizeTags } from './articles/tags.ts';
import { sourcesLoader } from './citations/loader.ts';
import {
  DEFAULT_EXERCISE,
  DEFAULT_MINUTES,
  MAX_MINUTES,
  maxMinutes,
  MIN_MINUTES,
  PATTERN_IDS,
  patternById,
} from './breathing/patterns.ts';
import { contentDir, site } from './site.ts';

const date = (field: string) =>
  z.coerce.date({
    error: `${field} must be a date written as YYYY-MM-DD, for example 2025-08-12`,
  });

const minutesError = {
  error: ({ input }: { input: unknown }) =>
    `${JSON.stringify(input)} is not a possible session length: write a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}`,
};

const articles = defineCollection({
  loader: articlesLoader(contentDir),
  schema: z
    .object({
      title: z
        .string({ error: 'title is required: add `title: "…"` to the frontmatter' })
        .trim()
        .min(1, 'title may not be empty'),
      description: z
        .string({ error: 'description is required: one sentence of at most 160 characters' })
        .trim()
        .min(1, 'description may not be empty')
        .max(160, 'description is longer than 160 characters: shorten it (it is the meta description)'),
      published: date('published'),
      updated: date('updated').optional(),
      reviewed: date('reviewed').optional(),
      nextReview: date('nextReview').optional(),
      authors: z
        .array(reference('people'))
        .min(1, 'authors may not be empty: leave the field out to credit the editorial team')
        .default([{ collection: 'people', id: site.editorialTeam }]),
      reviewedBy: reference('people').optional(),
      changes: z
        .array(
          z.object({
            date: z.coerce.date({
              error: 'every change needs a date: write `- date: YYYY-MM-DD` with `text: …` below it',
            }),
            text: z
              .string({ error: 'every change needs a text: one sentence on what was corrected' })
              .trim()
              .min(1, 'a change may not have an empty text'),
          }),
        )
        .default([]),
      category: reference('categories'),
      tags: z.array(z.string()).default([]).transform(normalizeTags),
      draft: z.boolean().default(false),
      exercise: z
        .object({
          pattern: z.enum(PATTERN_IDS, {
            error: ({ input }) =>
              `${JSON.stringify(input)} is not a known breathing pattern. Use one of: ${PATTERN_IDS.join(', ')}`,
          }),
          minutes: z
            .number(minutesError)
            .int(minutesError)
            .min(MIN_MINUTES, minutesError)
            .max(MAX_MINUTES, minutesError)
            .default(DEFAULT_MINUTES),
        })
        .refine(({ pattern, minutes }) => minutes <= maxMinutes(patternById(pattern)), {
          path: ['minutes'],
          error: ({ input }) => {
            const { pattern } = input as { pattern: (typeof PATTERN_IDS)[number] };
            return `${pattern} lasts at most ${maxMinutes(patternById(pattern))} minutes, as long as it was studied: choose a shorter session`;
          },
        })
        .default(DEFAULT_EXERCISE),
    })
    .refine(({ reviewed, nextReview }) => !reviewed || !nextReview || nextReview > reviewed, {
      path: ['nextReview'],
      error:
        'nextReview must come after reviewed: the next check follows the last one (leave it out for reviewed + 12 months)',
    }),
});

// Who writes and checks articles. Real people only: an empty role is shown as empty, never filled in.
const people = defineCollection({
  loader: file(`${contentDir}/people.json`),
  schema: z.object({
    /** A team (the editorial team) or one person. */
    kind: z.enum(['person', 'team']).default('person'),
    name: z.string().trim().min(1),
    role: z.string().trim().min(1),
    /** Medical or therapy credentials ("huisarts", "GZ-psycholoog"): what makes a medical review. */
    credentials: z.string().trim().min(1).optional(),
    registration: z
      .object({ register: z.string().trim().min(1), number: z.string().trim().min(1), url: z.url() })
      .optional(),
    bio: z.string().trim().min(1).max(200, 'bio is one line: at most 200 characters'),
  }),
});

const categories = defineCollection({
  loader: file(`${contentDir}/categories.json`),
  schema: z.object({
    name: z.string().trim().min(1),
    description: z.string().trim().min(1),
  }),
});

// CSL-JSON, as reference managers export it. Only the fields we use are checked; the rest pass
// through untouched to the CSL processor. Duplicates and DOIs are checked by the loader.
const person = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});
const sources = defineCollection({
  loader: sourcesLoader(`${contentDir}/sources.json`),
  schema: z.looseObject({
    type: z.string({ error: 'type is required: a CSL type such as "article-journal" or "book"' }),
    title: z.string({ error: 'title is required' }).min(1),
    author: z.array(person).optional(),
    editor: z.array(person).optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number())) }, { error: 'issued is required' }),
    'container-title': z.string().optional(),
    DOI: z.string().optional(),
    PMID: z.string().regex(/^\d+$/, 'PMID is a number, such as "29209423"').optional(),
    URL: z.url().optional(),
    language: z.string().optional(),
  }),
});

export const collections = { articles, categories, people, sources };
