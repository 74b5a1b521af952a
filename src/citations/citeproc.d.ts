// citeproc-js ships no types: this covers the part of its documented API that format.ts uses.
declare module 'citeproc' {
  interface WrapperParams {
    context: 'bibliography' | 'citation';
    variableNames: string[];
    itemData: Record<string, unknown>;
  }
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object | undefined;
    variableWrapper?(params: WrapperParams, prePunct: string, text: string, postPunct: string): string;
  }
  interface Engine {
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]];
    makeCitationCluster(items: { id: string }[]): string;
  }
  const CSL: {
    PROCESSOR_VERSION: string;
    Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine;
  };
  export default CSL;
}
