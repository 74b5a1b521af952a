import { h, hydrate } from 'preact';
import ExerciseGuide from './ExerciseGuide.tsx';
import { readGuideProps } from './guide-props.ts';

// Hydrated here rather than as an Astro island (`client:visible`): that would bring Astro's island
// runtime and renderer, ~3.5 KB gzip, to every article. This code loads with the page (a dynamic
// import() would add Vite's ~1 KB preload helper); each guide starts once it scrolls into view, with
// the props the server rendered it with (Exercise.astro writes them, guide-props.ts reads them).
const observer = new IntersectionObserver((entries) => {
  for (const { isIntersecting, target } of entries)
    if (isIntersecting) {
      const guide = target as HTMLElement;
      observer.unobserve(guide);
      hydrate(h(ExerciseGuide, readGuideProps(guide.dataset.guide!)), guide);
      guide.dataset.hydrated = '';
    }
});
for (const guide of document.querySelectorAll('[data-guide]')) observer.observe(guide);
