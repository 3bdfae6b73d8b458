/** For tests of pictures: the legend's texts in Finnish, as the app's fi locale gives them (app/pictureInput legendTexts). */
import type { LegendTexts } from './legend';

export const finnishLegend: LegendTexts = {
  title: 'Selite',
  actorTypes: { self: 'Minä', person: 'Henkilö', group: 'Ryhmä', organisation: 'Organisaatio' },
  directions: { forward: 'A → B', backward: 'A ← B', both: 'A ↔ B' },
  weight: (n) => `${n} karttaa`,
  areasTitle: 'Sisältöalueet',
  areas: { everyday: 'arki', education: 'koulutus', employment: 'työllistyminen' },
  areaShort: { everyday: 'Arki', education: 'Koul', employment: 'Työ' },
};
