import { routes } from '../routes.ts';

/** Where a person or team is introduced: their entry on the about page. */
export const personUrl = (id: string) => `${routes.about}#persoon-${id}`;
