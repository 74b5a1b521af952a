// @citation-js/plugin-ris ships no types: this adds its output to core's formats, as
// plugin-bibtex does for its own. It covers the part that reference-files.ts uses.
import '@citation-js/core';

declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        /** One object per record: each RIS tag with its value, or its values when it repeats. */
        ris: (options: { format: 'object' }) => Record<string, string | string[]>[];
      }
    }
  }
}
